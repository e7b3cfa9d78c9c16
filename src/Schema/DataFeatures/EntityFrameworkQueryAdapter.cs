using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace Playbooks.Schema.DataFeatures;

/// <summary>
/// The data features over EF Core and PostgreSQL: rows read with <c>ToListAsync</c>/<c>CountAsync</c> (no thread blocked),
/// and case-insensitive matching as <c>ILIKE</c> with <c>\</c> as the escape character (<see cref="LikePattern"/>).
/// </summary>
public sealed class EntityFrameworkQueryAdapter : IQueryAdapter
{
    private static readonly MethodInfo ILikeMethod = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
        nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly Expression Functions = Expression.Property(null, typeof(EF), nameof(EF.Functions));

    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query is IAsyncEnumerable<T> ? EntityFrameworkQueryableExtensions.ToListAsync(query, cancellationToken) : Task.FromResult(query.ToList());

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query is IAsyncEnumerable<T> ? EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken) : Task.FromResult(query.Count());

    public Expression CaseInsensitiveLike(Expression value, Expression pattern) =>
        Expression.Call(ILikeMethod, Functions, value, pattern, Expression.Constant("\\"));
}
