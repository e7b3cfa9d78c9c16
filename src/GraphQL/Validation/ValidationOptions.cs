namespace GraphQL.Validation;

/// <summary>How <see cref="DocumentValidator"/> validates: which rules, and how many errors before it gives up.</summary>
public sealed class ValidationOptions
{
    /// <summary>The specification's rules, at most 100 errors.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Errors kept before validation is aborted (graphql-js's default is 100); must be positive.</summary>
    public int MaxErrors
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            field = value;
        }
    } = 100;

    /// <summary>The rules to run, in order; <see cref="SpecifiedRules.All"/> unless replaced.</summary>
    public IReadOnlyList<ValidationRule> Rules { get; init; } = SpecifiedRules.All;

    /// <summary>Rules run after <see cref="Rules"/>, such as <see cref="GraphQL.Validation.Rules.MaxDepthRule"/>; none by default.</summary>
    public IReadOnlyList<ValidationRule> AdditionalRules { get; init; } = [];
}
