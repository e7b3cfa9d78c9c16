using System.Reflection;
using System.Text.Json;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>
/// The types the data features generate, one per name per schema (every paged field of <c>Playbook</c> shares
/// <c>PlaybookConnection</c>). Filter and sort inputs are made empty when a field asks for them and filled from the object
/// type's fields once every type is mapped (<see cref="Complete"/>), so renamed and ignored fields stay consistent.
/// </summary>
internal static class DataTypes
{
    public const string MemberKey = "GraphQL.Data.Member";
    public const string FilterKindKey = "GraphQL.Data.FilterKind";
    public const string ElementKey = "GraphQL.Data.Element";
    public const string DataArgumentKey = "GraphQL.Data.Argument";
    public const string ItemTypeKey = "GraphQL.Data.ItemType";

    private static readonly object PendingKey = new();

    private static readonly HashSet<Type> ComparableTypes =
    [
        typeof(int), typeof(long), typeof(short), typeof(byte), typeof(decimal), typeof(double), typeof(float),
        typeof(Guid), typeof(DateTimeOffset), typeof(DateTime), typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan),
    ];

    public static ObjectType Connection(IDictionary<object, object?> state, ObjectType node) =>
        Named(state, node.Name + "Connection", () =>
        {
            var edge = Named(state, node.Name + "Edge", () =>
            {
                var type = new ObjectType(node.Name + "Edge", "An item of a page and its cursor.");
                type.AddField(new FieldDefinition("cursor", new NonNullType(Scalars.String), "Where this item is, for 'after' and 'before'."));
                type.AddField(new FieldDefinition("node", new NonNullType(node)));
                return type;
            });
            var type = new ObjectType(node.Name + "Connection", "A page of " + node.Name + " items (Relay cursor connection).");
            type.AddField(new FieldDefinition("edges", new NonNullType(new ListType(new NonNullType(edge)))));
            type.AddField(new FieldDefinition("nodes", new NonNullType(new ListType(new NonNullType(node)))));
            type.AddField(new FieldDefinition("pageInfo", new NonNullType(PageInfo(state))));
            type.AddField(new FieldDefinition("totalCount", new NonNullType(Scalars.Int), "How many items match, over all pages."));
            type.Features[ItemTypeKey] = node;
            return type;
        });

    public static ObjectType CollectionSegment(IDictionary<object, object?> state, ObjectType item) =>
        Named(state, item.Name + "CollectionSegment", () =>
        {
            var info = Named(state, "CollectionSegmentInfo", () =>
            {
                var type = new ObjectType("CollectionSegmentInfo", "Whether more items come before or after this segment.");
                type.AddField(new FieldDefinition("hasNextPage", new NonNullType(Scalars.Boolean)));
                type.AddField(new FieldDefinition("hasPreviousPage", new NonNullType(Scalars.Boolean)));
                return type;
            });
            var type = new ObjectType(item.Name + "CollectionSegment", "A segment of " + item.Name + " items (offset paging).");
            type.AddField(new FieldDefinition("items", new NonNullType(new ListType(new NonNullType(item)))));
            type.AddField(new FieldDefinition("pageInfo", new NonNullType(info)));
            type.AddField(new FieldDefinition("totalCount", new NonNullType(Scalars.Int), "How many items match, over all segments."));
            type.Features[ItemTypeKey] = item;
            return type;
        });

    public static InputObjectType FilterInput(IDictionary<object, object?> state, ObjectType type) =>
        Named(state, type.Name + "FilterInput", () =>
        {
            var input = new InputObjectType(type.Name + "FilterInput", "Conditions on " + type.Name + "; fields given together must all hold.");
            input.Features[FilterKindKey] = FilterKind.Object;
            input.AddField(new InputValueDefinition("and", new ListType(new NonNullType(input)), "All of these hold."));
            input.AddField(new InputValueDefinition("or", new ListType(new NonNullType(input)), "At least one of these holds."));
            input.AddField(new InputValueDefinition("not", input, "This does not hold."));
            Pending(state).Add(() => FillFilter(state, type, input));
            return input;
        });

    public static InputObjectType SortInput(IDictionary<object, object?> state, ObjectType type) =>
        Named(state, type.Name + "SortInput", () =>
        {
            var input = new InputObjectType(type.Name + "SortInput", "Keys to order " + type.Name + " items by; give one per list item.");
            Pending(state).Add(() => FillSort(state, type, input));
            return input;
        });

    /// <summary>Fills the filter and sort inputs made so far (and those their fields make).</summary>
    public static void Complete(IDictionary<object, object?> state)
    {
        var pending = Pending(state);
        while (pending.Count > 0)
        {
            var next = pending[0];
            pending.RemoveAt(0);
            next();
        }
    }

    /// <summary>
    /// The CLR property behind a field, if the data features may read it in queries: a property, without arguments other
    /// than those of data features (a nested collection's <c>where</c>, <c>order</c>, <c>first</c>…).
    /// </summary>
    public static PropertyInfo? QueryableMember(FieldDefinition field) =>
        CodeFirstFeatures.GetMember(field) is PropertyInfo { GetMethod.IsStatic: false } property &&
        field.Arguments.All(argument => argument.HasFeatures && argument.Features.ContainsKey(DataArgumentKey))
            ? property
            : null;

    private static void FillFilter(IDictionary<object, object?> state, ObjectType type, InputObjectType input)
    {
        foreach (var field in type.Fields)
        {
            if (QueryableMember(field) is not { } member || !DataShaping.IsFilterable(state, member) || IsJson(member.PropertyType))
            {
                continue;
            }

            if (FilterFieldType(state, field, member) is { } fieldType)
            {
                var filterField = new InputValueDefinition(field.Name, fieldType);
                filterField.Features[MemberKey] = member;
                input.AddField(filterField);
            }
        }
    }

    private static InputObjectType? FilterFieldType(IDictionary<object, object?> state, FieldDefinition field, PropertyInfo member)
    {
        var named = ItemObjectType(field.Type.NamedType());
        if (IsCollection(member))
        {
            return named is ObjectType element && DataField.ItemType(member.PropertyType) is { } elementClr
                ? ListFilter(state, element, elementClr)
                : null;
        }

        var clr = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
        return named switch
        {
            ObjectType objectType => FilterInput(state, objectType),
            EnumType enumType => Operations(state, enumType, enumType.Name + "OperationFilterInput", comparable: false, strings: false),
            ScalarType when clr == typeof(string) => Operations(state, Scalars.String, "StringOperationFilterInput", comparable: false, strings: true),
            ScalarType when clr == typeof(bool) => Operations(state, Scalars.Boolean, "BooleanOperationFilterInput", comparable: false, strings: false, lists: false),
            ScalarType scalar when ComparableTypes.Contains(clr) =>
                Operations(state, scalar, scalar.Name + "OperationFilterInput", comparable: true, strings: false),
            _ => null,
        };
    }

    private static InputObjectType ListFilter(IDictionary<object, object?> state, ObjectType element, Type elementClr) =>
        Named(state, element.Name + "ListFilterInput", () =>
        {
            var itemFilter = FilterInput(state, element);
            var input = new InputObjectType(element.Name + "ListFilterInput", "Conditions on a collection of " + element.Name + ".");
            input.Features[FilterKindKey] = FilterKind.List;
            input.Features[ElementKey] = elementClr;
            input.AddField(new InputValueDefinition("some", itemFilter, "At least one item matches."));
            input.AddField(new InputValueDefinition("all", itemFilter, "Every item matches (true of an empty collection)."));
            input.AddField(new InputValueDefinition("none", itemFilter, "No item matches."));
            input.AddField(new InputValueDefinition("any", Scalars.Boolean, "true: the collection has items; false: it is empty."));
            return input;
        });

    private static InputObjectType Operations(
        IDictionary<object, object?> state, INamedType operand, string name, bool comparable, bool strings, bool lists = true) =>
        Named(state, name, () =>
        {
            var input = new InputObjectType(name, "Conditions on one " + operand.Name + " value.");
            input.Features[FilterKindKey] = FilterKind.Operations;
            var value = (IInputType)operand;
            input.AddField(new InputValueDefinition("eq", value, "Equals; null matches null."));
            input.AddField(new InputValueDefinition("neq", value, "Does not equal; null matches every non-null value, and null does not equal a value."));
            if (lists)
            {
                input.AddField(new InputValueDefinition("in", new ListType(value), "Equals one of these."));
                input.AddField(new InputValueDefinition("nin", new ListType(value), "Equals none of these."));
            }

            if (comparable)
            {
                input.AddField(new InputValueDefinition("gt", value, "Greater than (null values never match)."));
                input.AddField(new InputValueDefinition("gte", value, "Greater than or equal."));
                input.AddField(new InputValueDefinition("lt", value, "Less than."));
                input.AddField(new InputValueDefinition("lte", value, "Less than or equal."));
            }

            if (strings)
            {
                foreach (var (operation, description) in (ReadOnlySpan<(string, string)>)
                [
                    ("contains", "Contains the text (case-sensitive)."), ("ncontains", "Does not contain the text."),
                    ("startsWith", "Starts with the text."), ("nstartsWith", "Does not start with the text."),
                    ("endsWith", "Ends with the text."), ("nendsWith", "Does not end with the text."),
                    ("icontains", "Contains the text, ignoring case."), ("ieq", "Equals the text, ignoring case."),
                ])
                {
                    input.AddField(new InputValueDefinition(operation, value, description));
                }
            }

            return input;
        });

    private static void FillSort(IDictionary<object, object?> state, ObjectType type, InputObjectType input)
    {
        foreach (var field in type.Fields)
        {
            if (QueryableMember(field) is not { } member || !DataShaping.IsSortable(state, member) || IsJson(member.PropertyType))
            {
                continue;
            }

            IInputType? sortType = IsCollection(member) ? null : field.Type.NamedType() switch
            {
                ObjectType objectType => SortInput(state, objectType),
                ScalarType or EnumType => SortEnum(state),
                _ => null,
            };
            if (sortType is not null)
            {
                var sortField = new InputValueDefinition(field.Name, sortType);
                sortField.Features[MemberKey] = member;
                input.AddField(sortField);
            }
        }
    }

    private static EnumType SortEnum(IDictionary<object, object?> state) =>
        Named(state, "SortEnumType", () =>
        {
            var type = new EnumType("SortEnumType", "Ascending puts nulls last, descending first (PostgreSQL's defaults).");
            type.AddValue("ASC", SortDirection.Asc);
            type.AddValue("DESC", SortDirection.Desc);
            return type;
        });

    private static ObjectType PageInfo(IDictionary<object, object?> state) =>
        Named(state, "PageInfo", () =>
        {
            var type = new ObjectType("PageInfo", "Where a page of a connection is (Relay).");
            type.AddField(new FieldDefinition("hasNextPage", new NonNullType(Scalars.Boolean)));
            type.AddField(new FieldDefinition("hasPreviousPage", new NonNullType(Scalars.Boolean)));
            type.AddField(new FieldDefinition("startCursor", Scalars.String));
            type.AddField(new FieldDefinition("endCursor", Scalars.String));
            return type;
        });

    /// <summary>The items' type of a page type (<c>PlaybookConnection</c> → <c>Playbook</c>), else the type itself.</summary>
    public static INamedType ItemObjectType(INamedType type) =>
        type is ObjectType { HasFeatures: true } page && page.Features.TryGetValue(ItemTypeKey, out var item) ? (INamedType)item! : type;

    private static bool IsCollection(PropertyInfo member) => member.PropertyType != typeof(string) && DataField.ItemType(member.PropertyType) is not null;

    private static bool IsJson(Type type) => type == typeof(JsonDocument) || (Nullable.GetUnderlyingType(type) ?? type) == typeof(JsonElement);

    private static T Named<T>(IDictionary<object, object?> state, string name, Func<T> create)
        where T : INamedType
    {
        var key = ("GraphQL.Data.Type", name);
        if (state.TryGetValue(key, out var existing))
        {
            return (T)existing!;
        }

        var created = create();
        state[key] = created;
        return created;
    }

    private static List<Action> Pending(IDictionary<object, object?> state)
    {
        if (!state.TryGetValue(PendingKey, out var pending))
        {
            pending = new List<Action>();
            state[PendingKey] = pending;
        }

        return (List<Action>)pending!;
    }
}
