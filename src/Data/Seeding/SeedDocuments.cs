using System.Text.Json;

namespace Playbooks.Data.Seeding;

// The shapes of the files under seeds/ (seeds/README.md documents them). `required` members must be
// present; the others may be left out. Enum-valued members are strings here: the validator checks them
// against the entity enums before anything is written.

public sealed class SavedActionSeed
{
    public required string ActionKey { get; init; }
    public required string ActionName { get; init; }
    public required string ActionType { get; init; }
    public string? Handler { get; init; }
    public JsonElement? Config { get; init; }
    public bool AvailableGlobally { get; init; } = true;
}

public sealed class WorkflowSeed
{
    public required string WorkflowKey { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public required string Version { get; init; }
    public required JsonElement Config { get; init; }
    public IReadOnlyList<ChatBranchSeed>? ChatBranches { get; init; }
}

public sealed class ChatBranchSeed
{
    public required string FromStepId { get; init; }
    public required string BranchKey { get; init; }
    public required string BranchLabel { get; init; }
    public required string BranchType { get; init; }
    public IReadOnlyList<string>? UserPrompts { get; init; }
    public string? ResponseText { get; init; }
    public string? NextStepId { get; init; }
    public string? SavedActionKey { get; init; }
    public string? LlmHandler { get; init; }
    public bool AllowOffScript { get; init; }
    public string? ReturnToStep { get; init; }
}

public sealed class PlaybookSeed
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public int Version { get; init; } = 1;
    public required string Status { get; init; }
    public string? Category { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public string? Duration { get; init; }
    public int TimeoutSeconds { get; init; } = 3600;
    public int MaxRetries { get; init; } = 3;
    public int RetryDelaySeconds { get; init; } = 30;
    public required JsonElement InputSchema { get; init; }
    public required JsonElement OutputSchema { get; init; }
    public JsonElement? Metadata { get; init; }
    public JsonElement? ReportTemplate { get; init; }
    public required IReadOnlyList<PlaybookStepSeed> Steps { get; init; }
}

public sealed class PlaybookStepSeed
{
    public required string Key { get; init; }
    public required string StepName { get; init; }
    public required string StepType { get; init; }
    public required int StepOrder { get; init; }
    public string? Description { get; init; }
    public JsonElement? Config { get; init; }
    public JsonElement? InputSchema { get; init; }
    public JsonElement? OutputSchema { get; init; }
    public JsonElement? InputMapping { get; init; }
    public JsonElement? Condition { get; init; }
    public string? OnSuccess { get; init; }
    public string? OnFailure { get; init; }
    public int TimeoutSeconds { get; init; } = 300;
    public int MaxRetries { get; init; } = 3;
    public int RetryDelaySeconds { get; init; } = 30;
    public double BackoffMultiplier { get; init; } = 2.0;
    public bool IsOptional { get; init; }
}

public sealed class OrganizationSeed
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<UserSeed> Users { get; init; }
    public IReadOnlyList<CustomerSeed>? Customers { get; init; }
    public IReadOnlyList<ExecutionSeed>? Executions { get; init; }
}

public sealed class UserSeed
{
    public required string Email { get; init; }
    public required string Name { get; init; }
    public required string Role { get; init; }
}

public sealed class CustomerSeed
{
    public required string Name { get; init; }
    public string? Domain { get; init; }
    public string? Industry { get; init; }
    public string? Region { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public decimal? Arr { get; init; }
    public decimal? PreviousArr { get; init; }
    public int? RenewalInDays { get; init; }
    public int? HealthScore { get; init; }
    public required string Status { get; init; }
    public string? CsmEmail { get; init; }
    public IReadOnlyList<KpiSeed>? Kpis { get; init; }
    public IReadOnlyList<HealthPointSeed>? HealthHistory { get; init; }
}

public sealed class KpiSeed
{
    public required string KpiParameter { get; init; }
    public required string Category { get; init; }
    public decimal? DataValue { get; init; }
    public string? Unit { get; init; }
    public required string ImpactLevel { get; init; }
    public decimal? Weight { get; init; }
    public string? MeasurementFrequency { get; init; }
    public IReadOnlyList<KpiHistorySeed>? History { get; init; }
}

public sealed class KpiHistorySeed
{
    public required int MonthsAgo { get; init; }
    public required decimal Value { get; init; }
    public required string HealthStatus { get; init; }
    public int? HealthScore { get; init; }
}

public sealed class HealthPointSeed
{
    public required int DaysAgo { get; init; }
    public required int HealthScore { get; init; }
    public int? UsageScore { get; init; }
    public int? EngagementScore { get; init; }
    public int? SupportScore { get; init; }
    public required string Trend { get; init; }
    public string? Notes { get; init; }
}

public sealed class ExecutionSeed
{
    public required string PlaybookKey { get; init; }
    public required string Customer { get; init; }
    public string? ExecutionName { get; init; }
    public required string Status { get; init; }
    public required string TriggerSource { get; init; }
    public string? TriggeredBy { get; init; }
    public int? StartedDaysAgo { get; init; }
    public double? DurationHours { get; init; }
    public JsonElement? InputData { get; init; }
    public JsonElement? OutputData { get; init; }
    public string? ErrorMessage { get; init; }
    public IReadOnlyList<StepResultSeed>? StepResults { get; init; }
    public JsonElement? Report { get; init; }
}

public sealed class StepResultSeed
{
    public required string Step { get; init; }
    public required string Status { get; init; }
    public int AttemptNumber { get; init; } = 1;
    public JsonElement? InputData { get; init; }
    public JsonElement? OutputData { get; init; }
    public string? ErrorMessage { get; init; }
}

/// <summary>Everything under seeds/, parsed.</summary>
public sealed record SeedSet(
    IReadOnlyList<SavedActionSeed> SavedActions,
    IReadOnlyList<WorkflowSeed> Workflows,
    IReadOnlyList<PlaybookSeed> Playbooks,
    IReadOnlyList<OrganizationSeed> Organizations)
{
    public SeedFileNames Files { get; init; } = new("seeds/saved-actions.json", [], [], []);
}
