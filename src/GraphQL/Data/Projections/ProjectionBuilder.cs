using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// Builds a field's projection from its selection set: one <c>x => new T { A = x.A, Customer = x.Customer == null ? null :
/// new Customer { … }, Steps = x.Steps.Where(…).OrderBy(…).Take(n).Select(y => new PlaybookStep { … }).ToList() }</c>, so the
/// provider sends one statement reading only the selected columns. Members that fields with resolvers declare
/// (<see cref="ProjectionRequiresAttribute"/>) are read too.
/// </summary>
internal sealed class ProjectionBuilder(IReadOnlyDictionary<string, object?> variables, IQueryAdapter adapter, bool inMemory)
{
    private static readonly MethodInfo ToListMethod = typeof(Enumerable).GetMethod(nameof(Enumerable.ToList))!;
    private static readonly MethodInfo ToArrayMethod = typeof(Enumerable).GetMethod(nameof(Enumerable.ToArray))!;

    private readonly QueryComposer _nested = new(queryable: false, inMemory);

    /// <summary>The projection tree of the items of <paramref name="field"/> selected by <paramref name="selection"/>.</summary>
    public ProjectionNode Build(DataField field, FieldSelection selection)
    {
        var node = new ProjectionNode(field.EntityType);
        Add(node, field.EntityObjectType, ItemSelections(selection, field));
        return node;
    }

    /// <summary><c>x => new T { … }</c>.</summary>
    public LambdaExpression Selector(ProjectionNode node)
    {
        var item = Expression.Parameter(node.ClrType, "x");
        return Expression.Lambda(Init(item, node), item);
    }

    /// <summary>The selections on the items: the field's own, or those under a page's <c>nodes</c>, <c>edges.node</c> or <c>items</c>.</summary>
    public static IEnumerable<FieldSelection> ItemSelections(FieldSelection selection, DataField field)
    {
        if (field.Paging is null && field.OffsetPaging is null)
        {
            return selection.GetSelections(field.EntityObjectType);
        }

        var page = (ObjectType)selection.Field.Type.NamedType();
        var result = new List<FieldSelection>();
        foreach (var part in selection.GetSelections(page))
        {
            switch (part.Field.Name)
            {
                case "nodes" or "items":
                    result.AddRange(part.GetSelections(field.EntityObjectType));
                    break;
                case "edges":
                    var edge = (ObjectType)part.Field.Type.NamedType();
                    foreach (var edgePart in part.GetSelections(edge))
                    {
                        if (edgePart.Field.Name == "node")
                        {
                            result.AddRange(edgePart.GetSelections(field.EntityObjectType));
                        }
                    }

                    break;
            }
        }

        return result;
    }

    /// <summary>Whether the page's <c>totalCount</c> is selected.</summary>
    public static bool SelectsTotalCount(FieldSelection selection, DataField field) =>
        (field.Paging is not null || field.OffsetPaging is not null) &&
        selection.GetSelections((ObjectType)selection.Field.Type.NamedType()).Any(part => part.Field.Name == "totalCount");

    private void Add(ProjectionNode node, ObjectType type, IEnumerable<FieldSelection> selections)
    {
        foreach (var selection in selections)
        {
            var field = selection.Field;
            if (field.HasFeatures && field.Features.TryGetValue(ProjectionRequirements.FeatureKey, out var requirements))
            {
                foreach (var required in ((ProjectionRequirements)requirements!).Members)
                {
                    node.Add(required);
                }
            }

            var property = DataTypes.QueryableMember(field) is { SetMethod.IsPublic: true } plain ? plain : null;
            if (property is null)
            {
                continue;
            }

            var named = field.Type.NamedType();
            var nested = DataField.Of(field);
            var itemType = DataField.ItemType(property.PropertyType);
            if (named is ScalarType or EnumType || (itemType is not null && nested is null && named is not ObjectType))
            {
                node.Add(property);
            }
            else if (itemType is not null && (nested?.IsList ?? named is ObjectType))
            {
                AddCollection(node, property, itemType, selection, nested);
            }
            else if (named is ObjectType objectType && itemType is null)
            {
                var member = node.Add(property);
                member.Child ??= new ProjectionNode(property.PropertyType);
                Add(member.Child, objectType, selection.GetSelections(objectType));
            }
        }
    }

    private void AddCollection(ProjectionNode node, PropertyInfo property, Type itemType, FieldSelection selection, DataField? nested)
    {
        var fresh = !node.Members.ContainsKey(property);
        var member = node.Add(property);
        member.ItemType = itemType;
        member.Child ??= new ProjectionNode(itemType);
        var itemObjectType = nested?.EntityObjectType ?? (ObjectType)selection.Field.Type.NamedType();
        Add(member.Child, itemObjectType, nested is null ? selection.GetSelections(itemObjectType) : ItemSelections(selection, nested));
        if (nested is null)
        {
            return;
        }

        if (!fresh)
        {
            // Two selections of one collection (aliases with different arguments): read it whole; each field then
            // filters, orders and pages it in memory.
            member.Query = null;
            member.Conflicted = true;
            return;
        }

        if (!ArgumentCoercion.TryCoerce(selection.Field.Arguments, selection.Node.Arguments, selection.Node, variables, out var arguments, out var error))
        {
            throw new GraphQLException(error!);
        }

        var plan = DataQueryPlan.Create(nested, arguments, adapter, inMemory);
        member.Query = plan;
        member.Windowed = !SelectsTotalCount(selection, nested);
        if (nested.Paging is not null)
        {
            foreach (var key in plan.Keys)
            {
                member.Child.AddPath(key.Path);
            }
        }
    }

    private MemberInitExpression Init(Expression source, ProjectionNode node)
    {
        var bindings = new List<MemberBinding>(node.Members.Count);
        foreach (var member in node.Members.Values)
        {
            var property = member.Property;
            Expression access = Expression.Property(source, property);
            if (member.Child is null)
            {
                bindings.Add(Expression.Bind(property, access));
            }
            else if (member.ItemType is null)
            {
                var init = Init(access, member.Child);
                bindings.Add(Expression.Bind(property, inMemory || FilterExpressionBuilder.CanBeNull(property.PropertyType)
                    ? Expression.Condition(Expression.Equal(access, Expression.Constant(null, access.Type)), Expression.Constant(null, property.PropertyType), init)
                    : init));
            }
            else
            {
                bindings.Add(Expression.Bind(property, Collection(access, member)));
            }
        }

        return Expression.MemberInit(Expression.New(node.ClrType), bindings);
    }

    private Expression Collection(Expression access, ProjectionMember member)
    {
        var itemType = member.ItemType!;
        var sequence = access;
        if (member.Query is { } plan)
        {
            sequence = plan.Apply(_nested, sequence, member.Windowed);
        }

        var item = Expression.Parameter(itemType, "y");
        sequence = _nested.Select(sequence, itemType, Expression.Lambda(Init(item, member.Child!), item));
        var materialized = member.Property.PropertyType.IsArray
            ? Expression.Call(ToArrayMethod.MakeGenericMethod(itemType), sequence)
            : Expression.Call(ToListMethod.MakeGenericMethod(itemType), sequence);
        if (inMemory)
        {
            // An in-memory collection may be missing (null) where a database relation is only empty.
            return Expression.Condition(
                Expression.Equal(access, Expression.Constant(null, access.Type)), Expression.Constant(null, member.Property.PropertyType),
                Expression.Convert(materialized, member.Property.PropertyType));
        }

        return materialized;
    }
}
