using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// The one middleware of a field with data features (at the paging stage, outermost). It lets the resolver produce the
/// source, then composes the field's query plan in the documented order — filter, keyset, order, window, projection —
/// runs it once and shapes the result: a list, one item, a connection or a collection segment.
/// </summary>
internal sealed class DataMiddleware(DataField field, FieldDelegate next)
{
    private static readonly MethodInfo AsQueryableMethod = typeof(Queryable).GetMethods()
        .Single(method => method.Name == nameof(Queryable.AsQueryable) && method.IsGenericMethod);

    private readonly Func<IQueryAdapter, IQueryable, CancellationToken, Task<List<object>>> _toList =
        typeof(DataMiddleware).GetMethod(nameof(ToListAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(field.EntityType)
            .CreateDelegate<Func<IQueryAdapter, IQueryable, CancellationToken, Task<List<object>>>>();

    private readonly Func<IQueryAdapter, IQueryable, CancellationToken, Task<int>> _count =
        typeof(DataMiddleware).GetMethod(nameof(CountAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(field.EntityType)
            .CreateDelegate<Func<IQueryAdapter, IQueryable, CancellationToken, Task<int>>>();

    public async ValueTask InvokeAsync(IMiddlewareContext context)
    {
        await next(context).ConfigureAwait(false);
        if (context.Result is not IEnumerable source)
        {
            return;
        }

        var selectsTotal = ProjectionBuilder.SelectsTotalCount(context.Selection, field);
        if (selectsTotal && (field.Paging?.IncludeTotalCount ?? field.OffsetPaging?.IncludeTotalCount) == false)
        {
            throw DataErrors.TotalCountNotAvailable(field.Coordinate + ".totalCount");
        }

        if (source is not IQueryable && ProjectedCollections.Contains(context, source))
        {
            context.Result = FromProjected(context, source, selectsTotal);
            return;
        }

        var query = source as IQueryable ?? (IQueryable)AsQueryableMethod.MakeGenericMethod(field.EntityType).Invoke(null, [source])!;
        var inMemory = query.Provider is EnumerableQuery;
        var adapter = inMemory ? DefaultQueryAdapter.Instance : context.Services.GetService(typeof(IQueryAdapter)) as IQueryAdapter ?? DefaultQueryAdapter.Instance;
        var plan = DataQueryPlan.Create(field, context.Arguments, adapter, inMemory);
        var composer = new QueryComposer(queryable: true, inMemory);

        int? total = null;
        if (selectsTotal)
        {
            var filtered = plan.Filter is null ? query.Expression : composer.Where(query.Expression, field.EntityType, plan.Filter);
            total = await _count(adapter, query.Provider.CreateQuery(filtered), context.RequestAborted).ConfigureAwait(false);
        }

        var expression = plan.Apply(composer, query.Expression);
        ProjectionNode? projection = null;
        if (field.Projection)
        {
            var builder = new ProjectionBuilder(context.Variables, adapter, inMemory);
            projection = builder.Build(field, context.Selection);
            if (field.Paging is not null)
            {
                // Cursors are made of the order's keys: read them even when not selected.
                foreach (var key in plan.Keys)
                {
                    projection.AddPath(key.Path);
                }
            }

            expression = composer.Select(expression, field.EntityType, builder.Selector(projection));
        }

        var rows = await _toList(adapter, query.Provider.CreateQuery(expression), context.RequestAborted).ConfigureAwait(false);
        if (projection is not null)
        {
            ProjectedCollections.Register(context, projection, rows);
        }

        context.Result = Shape(plan, rows, total);
    }

    /// <summary>A collection the parent's projection already queried: only the page remains to be cut.</summary>
    private object? FromProjected(IMiddlewareContext context, IEnumerable source, bool selectsTotal)
    {
        var plan = DataQueryPlan.Create(field, context.Arguments, DefaultQueryAdapter.Instance, inMemory: true);
        var rows = source.Cast<object>().ToList();
        if (!selectsTotal)
        {
            return Shape(plan, rows, null);
        }

        // Read whole (the total is the number of matching rows): the window is cut here.
        return Shape(plan, plan.WindowInMemory(rows), rows.Count);
    }

    private object? Shape(DataQueryPlan plan, List<object> rows, int? total)
    {
        if (field.FirstOrDefault)
        {
            return rows.Count > 0 ? rows[0] : null;
        }

        if (field.Paging is null && field.OffsetPaging is null)
        {
            return rows;
        }

        var (page, hasNext, hasPrevious) = plan.Window(rows);
        if (field.OffsetPaging is not null)
        {
            return new CollectionSegment(page, new CollectionSegmentInfo(hasNext, hasPrevious), total);
        }

        var edges = new List<Edge>(page.Count);
        var values = new object?[plan.Keys.Count];
        foreach (var row in page)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = plan.Keys[i].Read(row);
            }

            edges.Add(new Edge(CursorCodec.Encode(field.Coordinate, plan.Keys, values), row));
        }

        var info = new PageInfo(hasNext, hasPrevious, edges.Count > 0 ? edges[0].Cursor : null, edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection(edges, info, total);
    }

    private static async Task<List<object>> ToListAsync<T>(IQueryAdapter adapter, IQueryable query, CancellationToken cancellationToken)
    {
        var rows = await adapter.ToListAsync((IQueryable<T>)query, cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(static row => (object)row!);
    }

    private static Task<int> CountAsync<T>(IQueryAdapter adapter, IQueryable query, CancellationToken cancellationToken) =>
        adapter.CountAsync((IQueryable<T>)query, cancellationToken);
}
