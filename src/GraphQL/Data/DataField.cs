using System.Reflection;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>
/// The data features of one field, gathered from its attributes or fluent calls while it is mapped, and kept in the
/// field's features. One <see cref="DataMiddleware"/> composes them (see <c>README.md</c>, "Composition").
/// </summary>
internal sealed class DataField
{
    public const string FeatureKey = "GraphQL.Data.Field";

    private DataField(Type entityType, ObjectType entityObjectType, bool isList)
    {
        EntityType = entityType;
        EntityObjectType = entityObjectType;
        IsList = isList;
        Key = entityType.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance);
    }

    /// <summary>The CLR type of the items (<c>Playbook</c> of <c>IQueryable&lt;Playbook&gt;</c>).</summary>
    public Type EntityType { get; }

    /// <summary>The object type of the items.</summary>
    public ObjectType EntityObjectType { get; }

    public bool IsList { get; }

    /// <summary>The primary key: the tie-breaker of every order and the last value of every cursor.</summary>
    public PropertyInfo? Key { get; }

    public PagingOptions? Paging { get; set; }

    public OffsetPagingOptions? OffsetPaging { get; set; }

    public bool Projection { get; set; }

    public bool Filtering { get; set; }

    public bool Sorting { get; set; }

    public bool FirstOrDefault { get; set; }

    public InputObjectType? FilterType { get; set; }

    public InputObjectType? SortType { get; set; }

    /// <summary>The order when the request gives none (<c>UseSorting(DefaultOrder = …)</c>); empty: the key's.</summary>
    public IReadOnlyList<SortKey> DefaultOrder { get; set; } = [];

    /// <summary>The field's coordinate, part of each cursor's signature.</summary>
    public string Coordinate { get; private set; } = "";

    public static DataField? Of(FieldDefinition field) =>
        field.HasFeatures && field.Features.TryGetValue(FeatureKey, out var value) ? value as DataField : null;

    /// <summary>The field's plan, made by the first feature that shapes it; <c>null</c> (and an error) for a field of no object items.</summary>
    public static DataField? For(FieldShapingContext context, string feature)
    {
        if (context.FieldState.TryGetValue(typeof(DataField), out var existing))
        {
            return (DataField)existing!;
        }

        var itemClrType = ItemType(context.ClrType);
        var isList = itemClrType is not null;
        itemClrType ??= context.ClrType;
        var unwrapped = context.Type is NonNullType nonNull ? nonNull.OfType : context.Type;
        if (isList != unwrapped is ListType)
        {
            context.ReportError(DataErrors.NotAList(feature));
            return null;
        }

        if (context.Type.NamedType() is not ObjectType objectType)
        {
            context.ReportError(DataErrors.NotAnObject(feature));
            return null;
        }

        var field = new DataField(itemClrType, objectType, isList);
        context.FieldState[typeof(DataField)] = field;
        context.Use(MiddlewareStage.Paging, next => new DataMiddleware(field, next).InvokeAsync);
        context.OnMapped(definition =>
        {
            field.Coordinate = definition.Coordinate;
            definition.Features[FeatureKey] = field;
        });
        return field;
    }

    /// <summary><c>T</c> of <c>IQueryable&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c>, <c>List&lt;T&gt;</c>… (not of a string).</summary>
    public static Type? ItemType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        return type.GetInterfaces()
            .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
    }
}
