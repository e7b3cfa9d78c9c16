using GraphQL.Types.CodeFirst;
using Playbooks.Data.Entities;

namespace Playbooks.Schema.Playbooks;

/// <summary>Where an execution stands, from the database function <c>get_execution_progress</c>.</summary>
[GraphQLDescription("Where an execution stands now (database function `get_execution_progress`).")]
public sealed record ExecutionProgress(
    [property: ID] Guid ExecutionId,
    PlaybookExecutionStatus Status,
    [property: GraphQLDescription("0–100; 100 once completed.")] decimal ProgressPercentage,
    string? CurrentStepName,
    int CompletedSteps,
    int? TotalSteps,
    [property: GraphQLDescription("Milliseconds since the execution started (until it completed); 0 before it starts.")] long ElapsedTimeMs);
