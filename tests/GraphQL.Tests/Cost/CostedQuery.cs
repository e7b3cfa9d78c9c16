using GraphQL.Validation.Cost;

namespace GraphQL.Tests.Cost;

/// <summary>A code-first root whose members carry <see cref="CostAttribute"/> and <see cref="ListSizeAttribute"/>.</summary>
public sealed class CostedQuery
{
    private readonly string _prefix = "item ";

    [Cost(12)]
    public int Pricey => _prefix.Length;

    [ListSize(SlicingArguments = ["take"])]
    public IReadOnlyList<CostedItem> Items(int take, [Cost(3)] string? filter = null) => [.. Enumerable.Range(0, take).Select(i => new CostedItem(_prefix + i))];
}

[Cost(2)]
public sealed record CostedItem(string Name);
