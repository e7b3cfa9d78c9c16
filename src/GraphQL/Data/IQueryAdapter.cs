using System.Linq.Expressions;

namespace GraphQL.Data;

/// <summary>
/// What the data features need from the LINQ provider behind an <see cref="IQueryable{T}"/>, so the engine does not
/// depend on one: asynchronous materialization and case-insensitive string matching. Resolved from the request's
/// services; without one, <see cref="DefaultQueryAdapter"/> is used. The EF Core / PostgreSQL version lives in the
/// schema project (<c>ILIKE</c>, <c>ToListAsync</c>).
/// </summary>
public interface IQueryAdapter
{
    /// <summary>Runs the query and reads its rows.</summary>
    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    /// <summary>Counts the query's rows.</summary>
    Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    /// <summary>
    /// <c>value</c> matches <c>pattern</c> ignoring case: the pattern is a SQL <c>LIKE</c> pattern (<c>%</c> any text, <c>_</c>
    /// one character) whose literal text has <c>%</c>, <c>_</c> and <c>\</c> escaped with <c>\</c>. <paramref name="value"/>
    /// is a non-null string expression.
    /// </summary>
    Expression CaseInsensitiveLike(Expression value, Expression pattern);
}
