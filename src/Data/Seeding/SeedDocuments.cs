using System.Text.Json;

namespace Playbooks.Data.Seeding;

// The shapes of the files under seeds/ (seeds/README.md is their documentation). Enum-valued fields
// are strings here; the validator checks them against the entity enums before anything is written.

public sealed record SavedActionSeed(
    string ActionKey, string ActionName, string ActionType, string? Handler, JsonElement? Config, bool AvailableGlobally = true);

public sealed record WorkflowSeed(
    string WorkflowKey, string Name, string? Description, string Version, JsonElement Config,
    IReadOnlyList<ChatBranchSeed>? ChatBranches);

public sealed record ChatBranchSeed(
    string FromStepId, string BranchKey, string BranchLabel, string BranchType, IReadOnlyList<string>? UserPrompts,
    string? ResponseText, string? NextStepId, string? SavedActionKey, string? LlmHandler, bool AllowOffScript,
    string? ReturnToStep);

public sealed record PlaybookSeed(
    string Key, string Name, string? Description, int Version, string Status, string? Category,
    IReadOnlyList<string>? Tags, string? Duration, int TimeoutSeconds, int MaxRetries, int RetryDelaySeconds,
    JsonElement InputSchema, JsonElement OutputSchema, JsonElement? Metadata, JsonElement? ReportTemplate,
    IReadOnlyList<PlaybookStepSeed> Steps);

public sealed record PlaybookStepSeed(
    string Key, string StepName, string StepType, int StepOrder, string? Description, JsonElement? Config,
    JsonElement? InputSchema, JsonElement? OutputSchema, JsonElement? InputMapping, JsonElement? Condition,
    string? OnSuccess, string? OnFailure, int TimeoutSeconds = 300, int MaxRetries = 3, int RetryDelaySeconds = 30,
    double BackoffMultiplier = 2.0, bool IsOptional = false);

public sealed record OrganizationSeed(
    string Slug, string Name, IReadOnlyList<UserSeed> Users, IReadOnlyList<CustomerSeed>? Customers,
    IReadOnlyList<ExecutionSeed>? Executions);

public sealed record UserSeed(string Email, string Name, string Role);

public sealed record CustomerSeed(
    string Name, string? Domain, string? Industry, string? Region, string? Email, string? Phone,
    decimal? Arr, decimal? PreviousArr, int? RenewalInDays, int? HealthScore, string Status, string? CsmEmail,
    IReadOnlyList<KpiSeed>? Kpis, IReadOnlyList<HealthPointSeed>? HealthHistory);

public sealed record KpiSeed(
    string KpiParameter, string Category, decimal? DataValue, string? Unit, string ImpactLevel, decimal? Weight,
    string? MeasurementFrequency, IReadOnlyList<KpiHistorySeed>? History);

public sealed record KpiHistorySeed(int MonthsAgo, decimal Value, string HealthStatus, int? HealthScore);

public sealed record HealthPointSeed(
    int DaysAgo, int HealthScore, int? UsageScore, int? EngagementScore, int? SupportScore, string Trend, string? Notes);

public sealed record ExecutionSeed(
    string PlaybookKey, string Customer, string? ExecutionName, string Status, string TriggerSource, string? TriggeredBy,
    int? StartedDaysAgo, int? DurationHours, JsonElement? InputData, JsonElement? OutputData, string? ErrorMessage,
    IReadOnlyList<StepResultSeed>? StepResults, JsonElement? Report);

public sealed record StepResultSeed(
    string Step, string Status, int AttemptNumber = 1, JsonElement? InputData = null, JsonElement? OutputData = null,
    string? ErrorMessage = null);

/// <summary>Everything under seeds/, parsed.</summary>
public sealed record SeedSet(
    IReadOnlyList<SavedActionSeed> SavedActions,
    IReadOnlyList<WorkflowSeed> Workflows,
    IReadOnlyList<PlaybookSeed> Playbooks,
    IReadOnlyList<OrganizationSeed> Organizations)
{
    public SeedFileNames Files { get; init; } = new("seeds/saved-actions.json", [], [], []);
}
