namespace GraphQL.Tests.CodeFirst.Errors.Other;

/// <summary>A second class named <c>FineItem</c>, for the duplicate type name error.</summary>
public sealed class FineItem
{
    public string Title => "other";
}
