using System.Linq.Expressions;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>
/// The data features in code, for fields whose members cannot carry attributes, e.g. the nested collections of entity types:
/// <c>ConfigureObject&lt;Playbook&gt;(t => t.Field(x => x.Steps).UseFiltering().UseSorting())</c>.
/// </summary>
public static class DataFieldConfiguratorExtensions
{
    /// <inheritdoc cref="UsePagingAttribute"/>
    public static FieldConfigurator<T> UsePaging<T>(this FieldConfigurator<T> field, int defaultPageSize = 20, int maxPageSize = 100, bool includeTotalCount = true)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Shape(new UsePagingAttribute { DefaultPageSize = defaultPageSize, MaxPageSize = maxPageSize, IncludeTotalCount = includeTotalCount });
    }

    /// <inheritdoc cref="UseOffsetPagingAttribute"/>
    public static FieldConfigurator<T> UseOffsetPaging<T>(this FieldConfigurator<T> field, int defaultPageSize = 20, int maxPageSize = 100, bool includeTotalCount = true)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Shape(new UseOffsetPagingAttribute { DefaultPageSize = defaultPageSize, MaxPageSize = maxPageSize, IncludeTotalCount = includeTotalCount });
    }

    /// <inheritdoc cref="UseFilteringAttribute"/>
    public static FieldConfigurator<T> UseFiltering<T>(this FieldConfigurator<T> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Shape(new UseFilteringAttribute());
    }

    /// <inheritdoc cref="UseSortingAttribute"/>
    public static FieldConfigurator<T> UseSorting<T>(this FieldConfigurator<T> field, params string[] defaultOrder)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Shape(new UseSortingAttribute { DefaultOrder = defaultOrder });
    }

    /// <inheritdoc cref="NoFilteringAttribute"/>
    public static FieldConfigurator<T> NoFiltering<T>(this FieldConfigurator<T> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Shape(new NoFilteringAttribute());
    }

    /// <inheritdoc cref="NoSortingAttribute"/>
    public static FieldConfigurator<T> NoSorting<T>(this FieldConfigurator<T> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Shape(new NoSortingAttribute());
    }

    /// <summary>The members of <typeparamref name="T"/> this field's resolver reads, selected by projections with it.</summary>
    public static FieldConfigurator<T> Requires<T>(this FieldConfigurator<T> field, params Expression<Func<T, object?>>[] members)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(members);
        var names = members.Select(MemberName).ToArray();
        return field.Shape(new RequiresShaper(names, typeof(T)));
    }

    private static string MemberName<T>(Expression<Func<T, object?>> member)
    {
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body;
        return body is MemberExpression access ? access.Member.Name : throw new ArgumentException("Name a property: x => x.Id.", nameof(member));
    }

    private sealed class RequiresShaper(string[] members, Type owner) : IFieldShaper
    {
        public void Shape(FieldShapingContext context) => DataShaping.Requires(context, members, owner);
    }
}
