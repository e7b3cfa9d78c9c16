using System.Reflection;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>What each data attribute (and its fluent twin) does to a field while it is mapped.</summary>
internal static class DataShaping
{
    private static readonly object NoFilteringKey = new();
    private static readonly object NoSortingKey = new();
    private static readonly object RequiresKey = new();

    public static void UsePaging(FieldShapingContext context, PagingOptions options)
    {
        if (DataField.For(context, "UsePaging") is not { } field)
        {
            return;
        }

        if (!field.IsList)
        {
            context.ReportError(DataErrors.NotAList("UsePaging"));
            return;
        }

        if (field.OffsetPaging is not null || field.Paging is not null)
        {
            context.ReportError(DataErrors.PagingTwice());
            return;
        }

        if (field.Key is null)
        {
            context.ReportError(DataErrors.NoKey("UsePaging", field.EntityType));
            return;
        }

        field.Paging = options;
        context.Type = new NonNullType(DataTypes.Connection(context.BuildState, field.EntityObjectType));
        context.AddArgument(Argument("first", Scalars.Int, "Returns the first n items after 'after'."));
        context.AddArgument(Argument("after", Scalars.String, "Returns the items after this cursor."));
        context.AddArgument(Argument("last", Scalars.Int, "Returns the last n items before 'before'."));
        context.AddArgument(Argument("before", Scalars.String, "Returns the items before this cursor."));
    }

    public static void UseOffsetPaging(FieldShapingContext context, OffsetPagingOptions options)
    {
        if (DataField.For(context, "UseOffsetPaging") is not { } field)
        {
            return;
        }

        if (!field.IsList)
        {
            context.ReportError(DataErrors.NotAList("UseOffsetPaging"));
            return;
        }

        if (field.OffsetPaging is not null || field.Paging is not null)
        {
            context.ReportError(DataErrors.PagingTwice());
            return;
        }

        field.OffsetPaging = options;
        context.Type = new NonNullType(DataTypes.CollectionSegment(context.BuildState, field.EntityObjectType));
        context.AddArgument(Argument("skip", Scalars.Int, "Skips this many items."));
        context.AddArgument(Argument("take", Scalars.Int, "Returns at most this many items."));
    }

    public static void UseProjection(FieldShapingContext context)
    {
        if (DataField.For(context, "UseProjection") is { } field)
        {
            field.Projection = true;
        }
    }

    public static void UseFirstOrDefault(FieldShapingContext context)
    {
        if (DataField.For(context, "UseFirstOrDefault") is not { } field)
        {
            return;
        }

        if (!field.IsList)
        {
            context.ReportError(DataErrors.NotAList("UseFirstOrDefault"));
            return;
        }

        if (field.Paging is not null || field.OffsetPaging is not null)
        {
            context.ReportError(DataErrors.FirstOrDefaultWithPaging());
            return;
        }

        field.FirstOrDefault = true;
        context.Type = field.EntityObjectType;
    }

    public static void UseFiltering(FieldShapingContext context)
    {
        if (DataField.For(context, "UseFiltering") is not { } field || field.Filtering)
        {
            return;
        }

        field.Filtering = true;
        field.FilterType = DataTypes.FilterInput(context.BuildState, field.EntityObjectType);
        context.AddArgument(Argument("where", field.FilterType, "Keeps the items matching this filter."));
        var buildState = context.BuildState;
        context.OnMapped(_ => DataTypes.Complete(buildState));
    }

    public static void UseSorting(FieldShapingContext context, IReadOnlyList<string>? defaultOrder = null)
    {
        if (DataField.For(context, "UseSorting") is not { } field || field.Sorting)
        {
            return;
        }

        if (defaultOrder is { Count: > 0 })
        {
            if (SortArguments.DefaultKeys(defaultOrder, field.EntityType) is { } keys)
            {
                field.DefaultOrder = keys;
            }
            else
            {
                context.ReportError(DataErrors.BadDefaultOrder(string.Join(", ", defaultOrder), field.EntityType));
                return;
            }
        }

        field.Sorting = true;
        field.SortType = DataTypes.SortInput(context.BuildState, field.EntityObjectType);
        context.AddArgument(Argument(
            "order", new ListType(new NonNullType(field.SortType)), "Orders the items by these keys, the first first."));
        var buildState = context.BuildState;
        context.OnMapped(_ => DataTypes.Complete(buildState));
    }

    public static void NoFiltering(FieldShapingContext context)
    {
        // A computed field (no member) is never filterable anyway.
        if (context.Member is { } member)
        {
            Members(context.BuildState, NoFilteringKey).Add(member);
        }
    }

    public static void NoSorting(FieldShapingContext context)
    {
        if (context.Member is { } member)
        {
            Members(context.BuildState, NoSortingKey).Add(member);
        }
    }

    public static bool IsFilterable(IDictionary<object, object?> buildState, MemberInfo member) =>
        !Members(buildState, NoFilteringKey).Contains(member);

    public static bool IsSortable(IDictionary<object, object?> buildState, MemberInfo member) =>
        !Members(buildState, NoSortingKey).Contains(member);

    /// <summary>Records the members of the parent a field's resolver reads, so projections select them.</summary>
    public static void Requires(FieldShapingContext context, IEnumerable<string> memberNames, Type? parentType)
    {
        var names = memberNames.ToArray();
        context.OnMapped(field =>
        {
            var owner = parentType ?? (field.DeclaringType is { } declaring ? CodeFirstFeatures.GetClrType(declaring) : null);
            var members = new List<PropertyInfo>();
            foreach (var name in names)
            {
                if (owner?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is { } property)
                {
                    members.Add(property);
                }
                else
                {
                    context.ReportError($"[ProjectionRequires] names '{name}', which is not a public property of {owner?.Name ?? "the parent"}.");
                }
            }

            field.Features[ProjectionRequirements.FeatureKey] = new ProjectionRequirements(members);
        });
    }

    /// <summary>An argument of a data feature, marked so the field still counts as a plain member for filters and sorts.</summary>
    private static InputValueDefinition Argument(string name, IInputType type, string description)
    {
        var argument = new InputValueDefinition(name, type, description);
        argument.Features[DataTypes.DataArgumentKey] = true;
        return argument;
    }

    private static HashSet<MemberInfo> Members(IDictionary<object, object?> buildState, object key)
    {
        if (!buildState.TryGetValue(key, out var members))
        {
            members = new HashSet<MemberInfo>(MemberComparer.Instance);
            buildState[key] = members;
        }

        return (HashSet<MemberInfo>)members!;
    }

    /// <summary>A property seen through a derived type is the same property.</summary>
    private sealed class MemberComparer : IEqualityComparer<MemberInfo>
    {
        public static MemberComparer Instance { get; } = new();

        public bool Equals(MemberInfo? x, MemberInfo? y) =>
            x is not null && y is not null && x.MetadataToken == y.MetadataToken && x.Module == y.Module;

        public int GetHashCode(MemberInfo obj) => HashCode.Combine(obj.MetadataToken, obj.Module);
    }
}
