using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>
/// Cursor paging (Relay connections) on a field returning <c>IQueryable&lt;T&gt;</c> or <c>IEnumerable&lt;T&gt;</c>: its
/// type becomes <c>TConnection!</c> with <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>, read by keyset (seek) on the
/// order's keys and the key <c>Id</c>. See <c>Data/README.md</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true)]
public sealed class UsePagingAttribute : Attribute, IFieldShaper
{
    public int DefaultPageSize { get; set; } = 20;

    public int MaxPageSize { get; set; } = 100;

    public bool IncludeTotalCount { get; set; } = true;

    public void Shape(FieldShapingContext context) =>
        DataShaping.UsePaging(context, new PagingOptions
        {
            DefaultPageSize = DefaultPageSize, MaxPageSize = MaxPageSize, IncludeTotalCount = IncludeTotalCount,
        });
}
