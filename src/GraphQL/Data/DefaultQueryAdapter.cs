using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Data;

/// <summary>
/// The engine's <see cref="IQueryAdapter"/>: reads through <see cref="IAsyncEnumerable{T}"/> when the query implements it
/// (EF Core's queries do), else synchronously; matches ignoring case with <see cref="LikePattern.IsMatch"/> (in memory),
/// which a SQL provider cannot translate, so a database-backed server registers its own adapter.
/// </summary>
public sealed class DefaultQueryAdapter : IQueryAdapter
{
    private static readonly MethodInfo IsMatchMethod = typeof(LikePattern).GetMethod(nameof(LikePattern.IsMatch))!;

    public static DefaultQueryAdapter Instance { get; } = new();

    public async Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query is not IAsyncEnumerable<T> asynchronous)
        {
            return [.. query];
        }

        var rows = new List<T>();
        await foreach (var row in asynchronous.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Task.FromResult(query.Count());
    }

    public Expression CaseInsensitiveLike(Expression value, Expression pattern) => Expression.Call(IsMatchMethod, value, pattern);
}
