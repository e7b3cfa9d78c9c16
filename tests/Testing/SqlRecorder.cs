using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Playbooks.Testing;

/// <summary>
/// Records the SQL statements EF Core sends while a recording is open, for tests that assert what a GraphQL request
/// costs (one statement per list level, no OFFSET, only the selected columns). Add it to the context's options with
/// <c>AddInterceptors(recorder)</c>; <see cref="Start"/> begins a recording and its <see cref="Recording.Statements"/>
/// holds the command texts in the order they ran.
/// </summary>
public sealed class SqlRecorder : DbCommandInterceptor
{
    private readonly AsyncLocal<Recording?> _current = new();

    /// <summary>Starts recording the statements of this async flow (the GraphQL request run inside it) until disposed.</summary>
    public Recording Start()
    {
        var recording = new Recording(this);
        _current.Value = recording;
        return recording;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command) => _current.Value?.Add(command.CommandText);

    /// <summary>The statements of one recording.</summary>
    public sealed class Recording(SqlRecorder recorder) : IDisposable
    {
        private readonly ConcurrentQueue<string> _statements = new();

        public IReadOnlyList<string> Statements => [.. _statements];

        public void Dispose() => recorder._current.Value = null;

        internal void Add(string statement) => _statements.Enqueue(statement);
    }
}
