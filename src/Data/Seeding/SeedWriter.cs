using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Playbooks.Data.Conventions;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Seeding;

/// <summary>
/// Writes a validated <see cref="SeedSet"/> through a system-scope context. Configuration (saved
/// actions, core workflows and their chat branches, organizations, users, the playbook catalog) is
/// upserted by natural key and updated only where it differs; demo activity (customers with their
/// KPIs and history, executions with results and reports) is inserted when absent and never touched
/// again. So a second run writes nothing.
/// </summary>
internal sealed class SeedWriter(PlaybooksDbContext db, DateOnly today)
{
    public const string DemoPassword = "playbooks-demo";

    private static readonly PasswordHasher<User> Hasher = new();

    private readonly DateTimeOffset _now = new(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
    private readonly Dictionary<string, SavedAction> _actions = new(StringComparer.Ordinal);
    private int _inserted;
    private int _updated;

    public async Task<string> WriteAsync(SeedSet seeds, CancellationToken cancellationToken)
    {
        await WriteSavedActionsAsync(seeds.SavedActions, cancellationToken).ConfigureAwait(false);
        foreach (var workflow in seeds.Workflows)
        {
            await WriteWorkflowAsync(workflow, cancellationToken).ConfigureAwait(false);
        }
        foreach (var organization in seeds.Organizations)
        {
            await WriteOrganizationAsync(organization, seeds.Playbooks, cancellationToken).ConfigureAwait(false);
        }
        return $"seed: {_inserted} row(s) inserted, {_updated} row(s) updated";
    }

    private async Task WriteSavedActionsAsync(IReadOnlyList<SavedActionSeed> seeds, CancellationToken cancellationToken)
    {
        var existing = await db.SavedActions.Where(a => a.OrganizationId == null).ToDictionaryAsync(a => a.ActionKey, cancellationToken).ConfigureAwait(false);
        foreach (var seed in seeds)
        {
            if (!existing.TryGetValue(seed.ActionKey, out var action))
            {
                action = new SavedAction { ActionKey = seed.ActionKey, ActionName = seed.ActionName };
                db.SavedActions.Add(action);
            }
            Set(action.ActionName, seed.ActionName, v => action.ActionName = v);
            Set(action.ActionType, EnumText.Parse<SavedActionType>(seed.ActionType), v => action.ActionType = v);
            Set(action.Handler, seed.Handler, v => action.Handler = v);
            SetJson(action.Config, seed.Config, v => action.Config = v);
            Set(action.AvailableGlobally, seed.AvailableGlobally, v => action.AvailableGlobally = v);
            _actions[seed.ActionKey] = action;
        }
        await SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteWorkflowAsync(WorkflowSeed seed, CancellationToken cancellationToken)
    {
        var workflow = await db.Workflows.Include(w => w.ChatBranches)
            .SingleOrDefaultAsync(w => w.OrganizationId == null && w.WorkflowKey == seed.WorkflowKey, cancellationToken).ConfigureAwait(false);
        if (workflow is null)
        {
            workflow = new Workflow { WorkflowKey = seed.WorkflowKey, Name = seed.Name, Config = ToDocument(seed.Config), IsCore = true };
            db.Workflows.Add(workflow);
        }
        Set(workflow.Name, seed.Name, v => workflow.Name = v);
        Set(workflow.Description, seed.Description, v => workflow.Description = v);
        Set(workflow.Version, seed.Version, v => workflow.Version = v);
        SetJson(workflow.Config, seed.Config, v => workflow.Config = v!);

        var branches = workflow.ChatBranches.ToDictionary(b => (b.FromStepId, b.BranchKey));
        foreach (var branchSeed in seed.ChatBranches ?? [])
        {
            if (!branches.Remove((branchSeed.FromStepId, branchSeed.BranchKey), out var branch))
            {
                branch = new WorkflowChatBranch
                {
                    FromStepId = branchSeed.FromStepId,
                    BranchKey = branchSeed.BranchKey,
                    BranchLabel = branchSeed.BranchLabel,
                };
                workflow.ChatBranches.Add(branch);
            }
            Set(branch.BranchLabel, branchSeed.BranchLabel, v => branch.BranchLabel = v);
            Set(branch.BranchType, EnumText.Parse<ChatBranchType>(branchSeed.BranchType), v => branch.BranchType = v);
            var prompts = (branchSeed.UserPrompts ?? []).ToArray();
            if (branch.UserPrompts is null || !branch.UserPrompts.SequenceEqual(prompts))
            {
                branch.UserPrompts = prompts;
            }
            Set(branch.ResponseText, branchSeed.ResponseText, v => branch.ResponseText = v);
            Set(branch.NextStepId, branchSeed.NextStepId, v => branch.NextStepId = v);
            var actionId = branchSeed.SavedActionKey is { } key ? _actions[key].Id : (Guid?)null;
            Set(branch.SavedActionId, actionId, v => branch.SavedActionId = v);
            Set(branch.LlmHandler, branchSeed.LlmHandler, v => branch.LlmHandler = v);
            Set(branch.AllowOffScript, branchSeed.AllowOffScript, v => branch.AllowOffScript = v);
            Set(branch.ReturnToStep, branchSeed.ReturnToStep, v => branch.ReturnToStep = v);
        }
        // The seed is the source of truth for core workflows: branches it no longer lists go.
        db.WorkflowChatBranches.RemoveRange(branches.Values);
        await SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteOrganizationAsync(OrganizationSeed seed, IReadOnlyList<PlaybookSeed> catalog, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.SingleOrDefaultAsync(o => o.Slug == seed.Slug, cancellationToken).ConfigureAwait(false);
        if (organization is null)
        {
            organization = new Organization { Slug = seed.Slug, Name = seed.Name };
            db.Organizations.Add(organization);
        }
        Set(organization.Name, seed.Name, v => organization.Name = v);
        await SaveAsync(cancellationToken).ConfigureAwait(false);

        var users = await WriteUsersAsync(organization, seed.Users, cancellationToken).ConfigureAwait(false);
        var playbooks = new Dictionary<string, Playbook>(StringComparer.Ordinal);
        foreach (var playbookSeed in catalog)
        {
            playbooks[playbookSeed.Key] = await WritePlaybookAsync(organization.Id, playbookSeed, cancellationToken).ConfigureAwait(false);
        }
        var customers = await WriteCustomersAsync(organization.Id, seed.Customers ?? [], users, cancellationToken).ConfigureAwait(false);
        await WriteExecutionsAsync(organization.Id, seed.Executions ?? [], users, customers, playbooks, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Dictionary<string, User>> WriteUsersAsync(Organization organization, IReadOnlyList<UserSeed> seeds, CancellationToken cancellationToken)
    {
        var emails = seeds.Select(u => u.Email.ToLowerInvariant()).ToList();
        var users = await db.Users.Where(u => emails.Contains(u.Email)).ToDictionaryAsync(u => u.Email, StringComparer.OrdinalIgnoreCase, cancellationToken).ConfigureAwait(false);
        foreach (var seed in seeds)
        {
            if (users.ContainsKey(seed.Email))
            {
                continue;
            }
            var user = new User
            {
                OrganizationId = organization.Id,
                Email = seed.Email.ToLowerInvariant(),
                Name = seed.Name,
                Role = EnumText.Parse<UserRole>(seed.Role),
                PasswordHash = "",
                IsActive = true,
            };
            user.PasswordHash = Hasher.HashPassword(user, DemoPassword);
            db.Users.Add(user);
            db.UserPreferences.Add(new UserPreferences { User = user, OrganizationId = organization.Id });
            users[seed.Email] = user;
        }
        await SaveAsync(cancellationToken).ConfigureAwait(false);
        return users;
    }

    private async Task<Playbook> WritePlaybookAsync(Guid organizationId, PlaybookSeed seed, CancellationToken cancellationToken)
    {
        var playbook = await db.Playbooks.Include(p => p.Steps)
            .SingleOrDefaultAsync(p => p.OrganizationId == organizationId && p.Key == seed.Key && p.Version == seed.Version, cancellationToken).ConfigureAwait(false);
        if (playbook is null)
        {
            playbook = new Playbook
            {
                OrganizationId = organizationId,
                Key = seed.Key,
                Name = seed.Name,
                Version = seed.Version,
                InputSchema = ToDocument(seed.InputSchema),
                OutputSchema = ToDocument(seed.OutputSchema),
            };
            db.Playbooks.Add(playbook);
        }
        Set(playbook.Name, seed.Name, v => playbook.Name = v);
        Set(playbook.Description, seed.Description, v => playbook.Description = v);
        Set(playbook.Status, EnumText.Parse<PlaybookStatus>(seed.Status), v => playbook.Status = v);
        Set(playbook.Category, seed.Category, v => playbook.Category = v);
        var tags = (seed.Tags ?? []).ToArray();
        if (!playbook.Tags.SequenceEqual(tags))
        {
            playbook.Tags = tags;
        }
        Set(playbook.Duration, seed.Duration, v => playbook.Duration = v);
        Set(playbook.TimeoutSeconds, seed.TimeoutSeconds, v => playbook.TimeoutSeconds = v);
        Set(playbook.MaxRetries, seed.MaxRetries, v => playbook.MaxRetries = v);
        Set(playbook.RetryDelaySeconds, seed.RetryDelaySeconds, v => playbook.RetryDelaySeconds = v);
        SetJson(playbook.InputSchema, seed.InputSchema, v => playbook.InputSchema = v!);
        SetJson(playbook.OutputSchema, seed.OutputSchema, v => playbook.OutputSchema = v!);
        SetJson(playbook.Metadata, seed.Metadata, v => playbook.Metadata = v);
        SetJson(playbook.ReportTemplate, seed.ReportTemplate, v => playbook.ReportTemplate = v);

        var steps = playbook.Steps.ToDictionary(s => s.StepKey, StringComparer.Ordinal);
        // Step orders are unique per playbook: park existing steps out of the way before reordering.
        var reordered = seed.Steps.Any(s => steps.TryGetValue(s.Key, out var step) && step.StepOrder != s.StepOrder);
        if (reordered)
        {
            foreach (var step in playbook.Steps)
            {
                step.StepOrder += 10_000;
            }
            await SaveAsync(cancellationToken).ConfigureAwait(false);
        }
        foreach (var stepSeed in seed.Steps)
        {
            if (!steps.TryGetValue(stepSeed.Key, out var step))
            {
                step = new PlaybookStep
                {
                    OrganizationId = organizationId,
                    StepKey = stepSeed.Key,
                    StepName = stepSeed.StepName,
                    Config = ToDocument(stepSeed.Config),
                    InputSchema = ToDocument(stepSeed.InputSchema),
                    OutputSchema = ToDocument(stepSeed.OutputSchema),
                    InputMapping = ToDocument(stepSeed.InputMapping),
                };
                playbook.Steps.Add(step);
                steps[stepSeed.Key] = step;
            }
            Set(step.StepName, stepSeed.StepName, v => step.StepName = v);
            Set(step.StepType, EnumText.Parse<PlaybookStepType>(stepSeed.StepType), v => step.StepType = v);
            Set(step.StepOrder, stepSeed.StepOrder, v => step.StepOrder = v);
            Set(step.Description, stepSeed.Description, v => step.Description = v);
            SetJson(step.Config, stepSeed.Config ?? Empty, v => step.Config = v!);
            SetJson(step.InputSchema, stepSeed.InputSchema ?? Empty, v => step.InputSchema = v!);
            SetJson(step.OutputSchema, stepSeed.OutputSchema ?? Empty, v => step.OutputSchema = v!);
            SetJson(step.InputMapping, stepSeed.InputMapping ?? Empty, v => step.InputMapping = v!);
            SetJson(step.Condition, stepSeed.Condition, v => step.Condition = v);
            Set(step.TimeoutSeconds, stepSeed.TimeoutSeconds, v => step.TimeoutSeconds = v);
            Set(step.MaxRetries, stepSeed.MaxRetries, v => step.MaxRetries = v);
            Set(step.RetryDelaySeconds, stepSeed.RetryDelaySeconds, v => step.RetryDelaySeconds = v);
            Set(step.BackoffMultiplier, stepSeed.BackoffMultiplier, v => step.BackoffMultiplier = v);
            Set(step.IsOptional, stepSeed.IsOptional, v => step.IsOptional = v);
        }
        // Branch links in a second save: steps may point at each other, which one insert cannot order.
        await SaveAsync(cancellationToken).ConfigureAwait(false);
        foreach (var stepSeed in seed.Steps)
        {
            var step = steps[stepSeed.Key];
            Set(step.OnSuccessStepId, stepSeed.OnSuccess is { } success ? steps[success].Id : null, v => step.OnSuccessStepId = v);
            Set(step.OnFailureStepId, stepSeed.OnFailure is { } failure ? steps[failure].Id : null, v => step.OnFailureStepId = v);
        }
        await SaveAsync(cancellationToken).ConfigureAwait(false);
        return playbook;
    }

    private async Task<Dictionary<string, Customer>> WriteCustomersAsync(Guid organizationId, IReadOnlyList<CustomerSeed> seeds,
        Dictionary<string, User> users, CancellationToken cancellationToken)
    {
        var customers = await db.Customers.Where(c => c.OrganizationId == organizationId)
            .ToDictionaryAsync(c => c.Name, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var seed in seeds)
        {
            if (customers.ContainsKey(seed.Name))
            {
                continue;
            }
            var customer = new Customer
            {
                OrganizationId = organizationId,
                Name = seed.Name,
                Domain = seed.Domain,
                Industry = seed.Industry,
                Region = seed.Region,
                Email = seed.Email,
                Phone = seed.Phone,
                Arr = seed.Arr,
                PreviousArr = seed.PreviousArr,
                RenewalDate = seed.RenewalInDays is { } days ? today.AddDays(days) : null,
                HealthScore = seed.HealthScore,
                Status = EnumText.Parse<CustomerStatus>(seed.Status),
                CsmUserId = seed.CsmEmail is { } csm ? users[csm].Id : null,
            };
            db.Customers.Add(customer);
            foreach (var kpiSeed in seed.Kpis ?? [])
            {
                var kpi = new CustomerKpi
                {
                    OrganizationId = organizationId,
                    Customer = customer,
                    KpiParameter = kpiSeed.KpiParameter,
                    Category = kpiSeed.Category,
                    DataValue = kpiSeed.DataValue,
                    Unit = kpiSeed.Unit,
                    ImpactLevel = EnumText.Parse<KpiImpactLevel>(kpiSeed.ImpactLevel),
                    Weight = kpiSeed.Weight,
                    MeasurementFrequency = kpiSeed.MeasurementFrequency,
                };
                db.CustomerKpis.Add(kpi);
                foreach (var point in kpiSeed.History ?? [])
                {
                    var month = today.AddMonths(-point.MonthsAgo);
                    db.KpiTimeSeries.Add(new KpiTimeSeriesEntry
                    {
                        OrganizationId = organizationId,
                        Customer = customer,
                        Kpi = kpi,
                        Year = month.Year,
                        Month = month.Month,
                        Value = point.Value,
                        HealthStatus = EnumText.Parse<KpiHealthStatus>(point.HealthStatus),
                        HealthScore = point.HealthScore,
                    });
                }
            }
            foreach (var point in seed.HealthHistory ?? [])
            {
                db.HealthTrends.Add(new HealthTrend
                {
                    OrganizationId = organizationId,
                    Customer = customer,
                    RecordedOn = today.AddDays(-point.DaysAgo),
                    HealthScore = point.HealthScore,
                    UsageScore = point.UsageScore,
                    EngagementScore = point.EngagementScore,
                    SupportScore = point.SupportScore,
                    Trend = EnumText.Parse<HealthTrendDirection>(point.Trend),
                    Notes = point.Notes,
                });
            }
            customers[seed.Name] = customer;
        }
        await SaveAsync(cancellationToken).ConfigureAwait(false);
        return customers;
    }

    private async Task WriteExecutionsAsync(Guid organizationId, IReadOnlyList<ExecutionSeed> seeds, Dictionary<string, User> users,
        Dictionary<string, Customer> customers, Dictionary<string, Playbook> playbooks, CancellationToken cancellationToken)
    {
        var existing = (await db.PlaybookExecutions.Where(e => e.OrganizationId == organizationId)
                .Select(e => new { e.PlaybookId, e.CustomerId, e.ExecutionName }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(e => (e.PlaybookId, e.CustomerId, e.ExecutionName)).ToHashSet();
        foreach (var seed in seeds)
        {
            var playbook = playbooks[seed.PlaybookKey];
            var customer = customers[seed.Customer];
            if (existing.Contains((playbook.Id, customer.Id, seed.ExecutionName)))
            {
                continue;
            }
            var status = EnumText.Parse<PlaybookExecutionStatus>(seed.Status);
            DateTimeOffset? started = seed.StartedDaysAgo is { } days ? _now.AddDays(-days) : null;
            DateTimeOffset? completed = started is { } s && seed.DurationHours is { } hours && IsFinished(status) ? s.AddHours(hours) : null;
            var steps = playbook.Steps.ToDictionary(x => x.StepKey, StringComparer.Ordinal);
            var results = seed.StepResults ?? [];
            var execution = new PlaybookExecution
            {
                OrganizationId = organizationId,
                PlaybookId = playbook.Id,
                CustomerId = customer.Id,
                ExecutionName = seed.ExecutionName,
                Status = status,
                TriggerSource = EnumText.Parse<TriggerSource>(seed.TriggerSource),
                TriggeredBy = seed.TriggeredBy is { } by ? users[by].Id : null,
                InputData = ToDocument(seed.InputData ?? Empty),
                OutputData = ToDocument(seed.OutputData ?? Empty),
                ErrorMessage = seed.ErrorMessage ?? ErrorIn(seed.OutputData),
                StartedAt = started,
                CompletedAt = completed,
                TotalSteps = playbook.Steps.Count,
                CompletedSteps = results.Count(r => r.Status == "completed"),
                CurrentStepId = status is PlaybookExecutionStatus.Running or PlaybookExecutionStatus.Paused or PlaybookExecutionStatus.Failed
                    && results.Count > 0 ? steps[results[^1].Step].Id : null,
            };
            db.PlaybookExecutions.Add(execution);
            var stepStart = started ?? _now;
            foreach (var result in results)
            {
                var resultStatus = EnumText.Parse<StepResultStatus>(result.Status);
                var finished = resultStatus is StepResultStatus.Completed or StepResultStatus.Failed or StepResultStatus.Skipped or StepResultStatus.Timeout;
                db.PlaybookStepResults.Add(new PlaybookStepResult
                {
                    OrganizationId = organizationId,
                    Execution = execution,
                    StepId = steps[result.Step].Id,
                    Status = resultStatus,
                    AttemptNumber = result.AttemptNumber,
                    InputData = ToDocument(result.InputData ?? Empty),
                    OutputData = ToDocument(result.OutputData ?? Empty),
                    ErrorMessage = result.ErrorMessage ?? ErrorIn(result.OutputData),
                    StartedAt = stepStart,
                    CompletedAt = finished ? stepStart.AddHours(2) : null,
                });
                stepStart = stepStart.AddHours(6);
            }
            if (seed.Report is { } report)
            {
                db.PlaybookReports.Add(new PlaybookReport
                {
                    OrganizationId = organizationId,
                    Execution = execution,
                    CustomerId = customer.Id,
                    PlaybookId = playbook.Id,
                    PlaybookKey = playbook.Key,
                    PlaybookName = playbook.Name,
                    AccountName = customer.Name,
                    Status = status switch
                    {
                        PlaybookExecutionStatus.Completed => ReportStatus.Completed,
                        PlaybookExecutionStatus.Failed or PlaybookExecutionStatus.Timeout or PlaybookExecutionStatus.Cancelled => ReportStatus.Failed,
                        _ => ReportStatus.InProgress,
                    },
                    ReportData = ToDocument(report),
                    Duration = playbook.Duration,
                    StepsCompleted = execution.CompletedSteps,
                    TotalSteps = execution.TotalSteps,
                    StartedAt = started ?? _now,
                    CompletedAt = completed,
                    ReportGeneratedAt = completed ?? _now,
                });
            }
        }
        await SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Seeds may record a failure as <c>outputData.error</c>: a message, or an object with one.</summary>
    private static string? ErrorIn(JsonElement? output) =>
        output is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("error", out var error)
            ? error.ValueKind switch
            {
                JsonValueKind.String => error.GetString(),
                JsonValueKind.Object when error.TryGetProperty("message", out var message) => message.GetString(),
                _ => null,
            }
            : null;

    private static bool IsFinished(PlaybookExecutionStatus status) =>
        status is PlaybookExecutionStatus.Completed or PlaybookExecutionStatus.Failed or PlaybookExecutionStatus.Cancelled or PlaybookExecutionStatus.Timeout;

    private static readonly JsonElement Empty = JsonDocument.Parse("{}").RootElement;

    private static JsonDocument ToDocument(JsonElement? element) => JsonDocument.Parse((element ?? Empty).GetRawText());

    private static void Set<T>(T current, T value, Action<T> assign)
    {
        if (!EqualityComparer<T>.Default.Equals(current, value))
        {
            assign(value);
        }
    }

    private static void SetJson(JsonDocument? current, JsonElement? value, Action<JsonDocument?> assign)
    {
        var equal = (current, value) switch
        {
            (null, null) => true,
            (null, { ValueKind: JsonValueKind.Null }) => true,
            ({ } c, { } v) => JsonElement.DeepEquals(c.RootElement, v),
            _ => false,
        };
        if (!equal)
        {
            assign(value is { ValueKind: not JsonValueKind.Null } v ? JsonDocument.Parse(v.GetRawText()) : null);
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            _inserted += entry.State == EntityState.Added ? 1 : 0;
            _updated += entry.State == EntityState.Modified ? 1 : 0;
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
