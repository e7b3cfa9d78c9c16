using GraphQL.Types.CodeFirst;

namespace Playbooks.Schema.Playbooks;

/// <summary>One active playbook of an agent, from the database function <c>get_active_playbooks</c>.</summary>
[GraphQLDescription("An active playbook of an agent, with its step count and execution activity (database function `get_active_playbooks`).")]
public sealed record ActivePlaybook(
    [property: ID] Guid Id,
    string Name,
    string? Description,
    string? Category,
    int Version,
    long TotalSteps,
    DateTimeOffset? LastExecutedAt,
    long ExecutionCount);
