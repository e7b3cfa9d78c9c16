using System.Reflection;

namespace GraphQL.Data;

/// <summary>The parent's members a field with its own resolver reads: a projection selecting the field selects them too.</summary>
internal sealed class ProjectionRequirements(IReadOnlyList<PropertyInfo> members)
{
    public const string FeatureKey = "GraphQL.Data.Requires";

    public IReadOnlyList<PropertyInfo> Members { get; } = members;
}
