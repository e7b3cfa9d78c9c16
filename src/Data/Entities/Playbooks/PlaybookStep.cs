using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>One step of a playbook, with its place in the order and its branches
/// (03-ai-playbooks-system.md, <c>playbook_steps</c>).</summary>
public class PlaybookStep : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid PlaybookId { get; set; }
    /// <summary>Stable within the playbook, e.g. <c>collect-feedback</c>; input mappings and reports refer
    /// to steps by it.</summary>
    public required string StepKey { get; set; }
    public required string StepName { get; set; }
    public PlaybookStepType StepType { get; set; }
    /// <summary>1-based.</summary>
    public int StepOrder { get; set; }
    public string? Description { get; set; }
    public required JsonDocument Config { get; set; }
    public required JsonDocument InputSchema { get; set; }
    public required JsonDocument OutputSchema { get; set; }
    /// <summary>Maps earlier steps' outputs to this step's inputs.</summary>
    public required JsonDocument InputMapping { get; set; }
    /// <summary>When present, the step runs only if it holds.</summary>
    public JsonDocument? Condition { get; set; }
    public Guid? OnSuccessStepId { get; set; }
    public Guid? OnFailureStepId { get; set; }
    public int TimeoutSeconds { get; set; } = 300;
    public int MaxRetries { get; set; } = 3;
    public int RetryDelaySeconds { get; set; } = 30;
    /// <summary>Each retry waits <see cref="RetryDelaySeconds"/> times this to the power of the retries before it.</summary>
    public double BackoffMultiplier { get; set; } = 2.0;
    /// <summary>A failure of an optional step skips it instead of failing the execution.</summary>
    public bool IsOptional { get; set; }
    public JsonDocument? Metadata { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public Playbook Playbook { get; set; } = null!;
    public PlaybookStep? OnSuccessStep { get; set; }
    public PlaybookStep? OnFailureStep { get; set; }
}

/// <summary>The <c>playbook_step_type</c> of 03-ai-playbooks-system.md.</summary>
public enum PlaybookStepType
{
    AgentExecution,
    DataTransform,
    ConditionalBranch,
    ParallelExecution,
    WaitForInput,
    ApiCall,
    DatabaseQuery,
    MemorySearch,
    PromptTemplate,
    CustomFunction,
}
