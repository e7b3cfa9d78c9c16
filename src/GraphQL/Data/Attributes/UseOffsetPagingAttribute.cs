using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>
/// Offset paging on a list field: its type becomes <c>TCollectionSegment!</c> (<c>items</c>, <c>pageInfo</c>,
/// <c>totalCount</c>) with <c>skip</c> and <c>take</c>. Prefer <see cref="UsePagingAttribute"/> for large tables.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true)]
public sealed class UseOffsetPagingAttribute : Attribute, IFieldShaper
{
    public int DefaultPageSize { get; set; } = 20;

    public int MaxPageSize { get; set; } = 100;

    public bool IncludeTotalCount { get; set; } = true;

    public void Shape(FieldShapingContext context) =>
        DataShaping.UseOffsetPaging(context, new OffsetPagingOptions
        {
            DefaultPageSize = DefaultPageSize, MaxPageSize = MaxPageSize, IncludeTotalCount = IncludeTotalCount,
        });
}
