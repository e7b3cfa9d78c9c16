using Microsoft.EntityFrameworkCore;
using Playbooks.Data.Entities;

namespace Playbooks.Data;

public partial class PlaybooksDbContext
{
    // Tenancy
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<User> Users => Set<User>();
    public DbSet<UserPreferences> UserPreferences => Set<UserPreferences>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    // Customers
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<CustomerKpi> CustomerKpis => Set<CustomerKpi>();
    public DbSet<KpiTimeSeriesEntry> KpiTimeSeries => Set<KpiTimeSeriesEntry>();
    public DbSet<HealthTrend> HealthTrends => Set<HealthTrend>();
    public DbSet<KpiReferenceRange> KpiReferenceRanges => Set<KpiReferenceRange>();

    // Playbooks
    public DbSet<Playbook> Playbooks => Set<Playbook>();
    public DbSet<PlaybookStep> PlaybookSteps => Set<PlaybookStep>();
    public DbSet<PlaybookExecution> PlaybookExecutions => Set<PlaybookExecution>();
    public DbSet<PlaybookStepResult> PlaybookStepResults => Set<PlaybookStepResult>();
    public DbSet<PlaybookReport> PlaybookReports => Set<PlaybookReport>();
    public DbSet<PlaybookTrigger> PlaybookTriggers => Set<PlaybookTrigger>();

    // Workflows
    public DbSet<Workflow> Workflows => Set<Workflow>();
    public DbSet<WorkflowVersion> WorkflowVersions => Set<WorkflowVersion>();
    public DbSet<SavedAction> SavedActions => Set<SavedAction>();
    public DbSet<WorkflowChatBranch> WorkflowChatBranches => Set<WorkflowChatBranch>();
    public DbSet<WorkflowExecution> WorkflowExecutions => Set<WorkflowExecution>();
    public DbSet<WorkflowStepExecution> WorkflowStepExecutions => Set<WorkflowStepExecution>();
    public DbSet<WorkflowTask> WorkflowTasks => Set<WorkflowTask>();
    public DbSet<WorkflowTaskArtifact> WorkflowTaskArtifacts => Set<WorkflowTaskArtifact>();
    public DbSet<ActionExecution> ActionExecutions => Set<ActionExecution>();
    public DbSet<WorkflowNotification> WorkflowNotifications => Set<WorkflowNotification>();

    // Chat
    public DbSet<WorkflowChatThread> WorkflowChatThreads => Set<WorkflowChatThread>();
    public DbSet<WorkflowChatMessage> WorkflowChatMessages => Set<WorkflowChatMessage>();
    public DbSet<WorkflowLlmContext> WorkflowLlmContexts => Set<WorkflowLlmContext>();
    public DbSet<WorkflowLlmToolCall> WorkflowLlmToolCalls => Set<WorkflowLlmToolCall>();

    // Knowledge
    public DbSet<KnowledgeDocument> KnowledgeDocuments => Set<KnowledgeDocument>();
    public DbSet<RagQueryLogEntry> RagQueryLog => Set<RagQueryLogEntry>();
}
