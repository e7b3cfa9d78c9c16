namespace GraphQL.Execution;

/// <summary>Whether a request's response reports the operation's cost (<c>extensions.cost</c>); the HTTP header <c>GraphQL-Cost</c> sets it.</summary>
public enum CostReport
{
    /// <summary>No report; the limits still apply.</summary>
    None,

    /// <summary>Execute, and report the cost with the result (<c>GraphQL-Cost: report</c>).</summary>
    Report,

    /// <summary>Report the cost and do not execute (<c>GraphQL-Cost: validate</c>): a dry run for clients tuning their queries.</summary>
    ValidateOnly,
}
