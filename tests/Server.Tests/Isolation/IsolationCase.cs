namespace Playbooks.Server.Tests.Isolation;

/// <summary>
/// How one root field (<c>Query.me</c>, <c>Mutation.revokeApiKey</c>, <c>Subscription.echoed</c>…) keeps organization A
/// away from organization B's data: <see cref="Verify"/> acts as A (and B where it must) and fails if A sees or changes
/// anything of B's. Every root field of the schema needs one (<see cref="IsolationSuite.Every_root_field_has_an_isolation_case"/>).
/// </summary>
public sealed record IsolationCase(string Coordinate, Func<IsolationServer, Task> Verify)
{
    public override string ToString() => Coordinate;
}
