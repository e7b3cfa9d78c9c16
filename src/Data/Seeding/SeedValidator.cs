using System.Text.Json;
using Playbooks.Data.Conventions;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Seeding;

/// <summary>
/// Checks a parsed <see cref="SeedSet"/> before anything is written: what 04's validation script
/// checked (required fields, no UI artifacts, notifications present and well formed, balanced
/// Handlebars, every step with id/name/type) plus that identifiers are unique, every reference
/// (routes, branches, saved actions, step branches, users, customers, playbooks) resolves, and every
/// enum value is one the database accepts.
/// </summary>
public static class SeedValidator
{
    /// <summary>Keys that belong to UI rendering, which workflow configs must not carry (04).</summary>
    private static readonly HashSet<string> UiKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "ui", "artifacts", "cardTitle", "cardDescription", "colors", "color", "layout", "theme", "styles", "styling",
    };

    private static readonly string[] RequiredWorkflowConfigFields = ["id", "name", "description", "version", "trigger", "context", "steps"];

    public static IReadOnlyList<SeedError> Validate(SeedSet seeds)
    {
        var errors = new List<SeedError>();
        var actionKeys = ValidateSavedActions(seeds, errors);
        ValidateWorkflows(seeds, actionKeys, errors);
        var playbooks = ValidatePlaybooks(seeds, errors);
        ValidateOrganizations(seeds, playbooks, errors);
        return errors;
    }

    private static HashSet<string> ValidateSavedActions(SeedSet seeds, List<SeedError> errors)
    {
        var file = seeds.Files.SavedActions;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < seeds.SavedActions.Count; i++)
        {
            var action = seeds.SavedActions[i];
            var path = $"$[{i}]";
            Required(file, $"{path}.actionKey", action.ActionKey, errors);
            Required(file, $"{path}.actionName", action.ActionName, errors);
            if (!keys.Add(action.ActionKey))
            {
                errors.Add(new(file, $"{path}.actionKey", $"duplicate saved action key \"{action.ActionKey}\""));
            }
            EnumValue<SavedActionType>(file, $"{path}.actionType", action.ActionType, errors);
            if (action.Handler is { } handler && !handler.StartsWith("code:", StringComparison.Ordinal) && !handler.StartsWith("file:", StringComparison.Ordinal))
            {
                errors.Add(new(file, $"{path}.handler", $"handler \"{handler}\" must start with code: or file:"));
            }
        }
        return keys;
    }

    private static void ValidateWorkflows(SeedSet seeds, HashSet<string> actionKeys, List<SeedError> errors)
    {
        var workflowKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var w = 0; w < seeds.Workflows.Count; w++)
        {
            var workflow = seeds.Workflows[w];
            var file = seeds.Files.Workflows.ElementAtOrDefault(w) ?? $"workflows[{w}]";
            Required(file, "$.workflowKey", workflow.WorkflowKey, errors);
            Required(file, "$.name", workflow.Name, errors);
            Required(file, "$.version", workflow.Version, errors);
            if (!workflowKeys.Add(workflow.WorkflowKey))
            {
                errors.Add(new(file, "$.workflowKey", $"duplicate workflow key \"{workflow.WorkflowKey}\""));
            }
            var config = workflow.Config;
            if (config.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new(file, "$.config", "config must be an object"));
                continue;
            }
            foreach (var field in RequiredWorkflowConfigFields)
            {
                if (!config.TryGetProperty(field, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
                {
                    errors.Add(new(file, $"$.config.{field}", $"required field \"{field}\" is missing"));
                }
            }
            if (config.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() != workflow.WorkflowKey)
            {
                errors.Add(new(file, "$.config.id", $"config id \"{id.GetString()}\" differs from workflowKey \"{workflow.WorkflowKey}\""));
            }
            FindUiArtifacts(file, config, "$.config", errors);
            CheckTemplates(file, config, "$.config", errors);
            var stepIds = ValidateWorkflowSteps(file, config, errors);
            ValidateNotifications(file, config, errors);
            ValidateChatBranches(file, workflow, stepIds, actionKeys, errors);
        }
    }

    private static HashSet<string> ValidateWorkflowSteps(string file, JsonElement config, List<SeedError> errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (!config.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
        {
            return ids;
        }
        if (steps.GetArrayLength() == 0)
        {
            errors.Add(new(file, "$.config.steps", "a workflow needs at least one step"));
        }
        var index = 0;
        foreach (var step in steps.EnumerateArray())
        {
            var path = $"$.config.steps[{index++}]";
            foreach (var field in new[] { "id", "name", "type" })
            {
                if (StringProperty(step, field) is null)
                {
                    errors.Add(new(file, $"{path}.{field}", $"step field \"{field}\" is missing"));
                }
            }
            if (StringProperty(step, "id") is { } stepId && !ids.Add(stepId))
            {
                errors.Add(new(file, $"{path}.id", $"duplicate step id \"{stepId}\""));
            }
        }
        index = 0;
        foreach (var step in steps.EnumerateArray())
        {
            var path = $"$.config.steps[{index++}].routing";
            if (step.ValueKind != JsonValueKind.Object || !step.TryGetProperty("routing", out var routing) || routing.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            if (routing.TryGetProperty("routes", out var routes) && routes.ValueKind == JsonValueKind.Array)
            {
                var r = 0;
                foreach (var route in routes.EnumerateArray())
                {
                    StepExists(file, $"{path}.routes[{r++}].nextStepId", StringProperty(route, "nextStepId"), ids, errors, required: true);
                }
            }
            StepExists(file, $"{path}.defaultRoute", StringProperty(routing, "defaultRoute"), ids, errors, required: false);
        }
        return ids;
    }

    private static void ValidateNotifications(string file, JsonElement config, List<SeedError> errors)
    {
        if (!config.TryGetProperty("notifications", out var notifications) || notifications.ValueKind != JsonValueKind.Array || notifications.GetArrayLength() == 0)
        {
            errors.Add(new(file, "$.config.notifications", "a workflow needs notifications"));
            return;
        }
        var index = 0;
        foreach (var notification in notifications.EnumerateArray())
        {
            var path = $"$.config.notifications[{index++}]";
            foreach (var field in new[] { "type", "title" })
            {
                if (StringProperty(notification, field) is null)
                {
                    errors.Add(new(file, $"{path}.{field}", $"notification field \"{field}\" is missing"));
                }
            }
            if (notification.ValueKind != JsonValueKind.Object || !notification.TryGetProperty("recipients", out var recipients)
                || recipients.ValueKind != JsonValueKind.Array || recipients.GetArrayLength() == 0)
            {
                errors.Add(new(file, $"{path}.recipients", "a notification needs at least one recipient"));
            }
        }
    }

    private static void ValidateChatBranches(string file, WorkflowSeed workflow, HashSet<string> stepIds, HashSet<string> actionKeys, List<SeedError> errors)
    {
        var keys = new HashSet<(string, string)>();
        var branches = workflow.ChatBranches ?? [];
        for (var i = 0; i < branches.Count; i++)
        {
            var branch = branches[i];
            var path = $"$.chatBranches[{i}]";
            Required(file, $"{path}.branchKey", branch.BranchKey, errors);
            Required(file, $"{path}.branchLabel", branch.BranchLabel, errors);
            StepExists(file, $"{path}.fromStepId", branch.FromStepId, stepIds, errors, required: true);
            if (!keys.Add((branch.FromStepId, branch.BranchKey)))
            {
                errors.Add(new(file, $"{path}.branchKey", $"duplicate branch \"{branch.BranchKey}\" on step \"{branch.FromStepId}\""));
            }
            StepExists(file, $"{path}.nextStepId", branch.NextStepId, stepIds, errors, required: false);
            StepExists(file, $"{path}.returnToStep", branch.ReturnToStep, stepIds, errors, required: false);
            if (!EnumValue<ChatBranchType>(file, $"{path}.branchType", branch.BranchType, errors))
            {
                continue;
            }
            switch (EnumText.Parse<ChatBranchType>(branch.BranchType))
            {
                case ChatBranchType.Fixed when branch.NextStepId is null && branch.ResponseText is null:
                    errors.Add(new(file, $"{path}.nextStepId", "a fixed branch needs a nextStepId or a responseText"));
                    break;
                case ChatBranchType.SavedAction when branch.SavedActionKey is null || !actionKeys.Contains(branch.SavedActionKey):
                    errors.Add(new(file, $"{path}.savedActionKey", $"saved action \"{branch.SavedActionKey}\" does not exist"));
                    break;
                case ChatBranchType.Llm or ChatBranchType.Rag when string.IsNullOrWhiteSpace(branch.LlmHandler):
                    errors.Add(new(file, $"{path}.llmHandler", $"a {branch.BranchType} branch needs an llmHandler"));
                    break;
            }
            if (branch.SavedActionKey is { } key && !actionKeys.Contains(key))
            {
                errors.Add(new(file, $"{path}.savedActionKey", $"saved action \"{key}\" does not exist"));
            }
        }
    }

    private static Dictionary<string, HashSet<string>> ValidatePlaybooks(SeedSet seeds, List<SeedError> errors)
    {
        var playbooks = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var p = 0; p < seeds.Playbooks.Count; p++)
        {
            var playbook = seeds.Playbooks[p];
            var file = seeds.Files.Playbooks.ElementAtOrDefault(p) ?? $"playbooks[{p}]";
            Required(file, "$.key", playbook.Key, errors);
            Required(file, "$.name", playbook.Name, errors);
            EnumValue<PlaybookStatus>(file, "$.status", playbook.Status, errors);
            if (playbook.Version < 1)
            {
                errors.Add(new(file, "$.version", "version must be 1 or more"));
            }
            if (playbook.TimeoutSeconds <= 0)
            {
                errors.Add(new(file, "$.timeoutSeconds", "timeoutSeconds must be positive"));
            }
            if (playbooks.ContainsKey(playbook.Key))
            {
                errors.Add(new(file, "$.key", $"duplicate playbook key \"{playbook.Key}\""));
            }
            var stepKeys = new HashSet<string>(StringComparer.Ordinal);
            var orders = new HashSet<int>();
            if (playbook.Steps.Count == 0)
            {
                errors.Add(new(file, "$.steps", "a playbook needs at least one step"));
            }
            for (var s = 0; s < playbook.Steps.Count; s++)
            {
                var step = playbook.Steps[s];
                var path = $"$.steps[{s}]";
                Required(file, $"{path}.key", step.Key, errors);
                Required(file, $"{path}.stepName", step.StepName, errors);
                EnumValue<PlaybookStepType>(file, $"{path}.stepType", step.StepType, errors);
                if (!stepKeys.Add(step.Key))
                {
                    errors.Add(new(file, $"{path}.key", $"duplicate step key \"{step.Key}\""));
                }
                if (!orders.Add(step.StepOrder))
                {
                    errors.Add(new(file, $"{path}.stepOrder", $"duplicate step order {step.StepOrder}"));
                }
                if (step.TimeoutSeconds <= 0 || step.MaxRetries < 0 || step.RetryDelaySeconds < 0 || step.BackoffMultiplier < 1)
                {
                    errors.Add(new(file, path, "timeoutSeconds must be positive, maxRetries and retryDelaySeconds not negative, backoffMultiplier at least 1"));
                }
            }
            for (var s = 0; s < playbook.Steps.Count; s++)
            {
                var step = playbook.Steps[s];
                StepExists(file, $"$.steps[{s}].onSuccess", step.OnSuccess, stepKeys, errors, required: false);
                StepExists(file, $"$.steps[{s}].onFailure", step.OnFailure, stepKeys, errors, required: false);
                if (step.OnSuccess == step.Key || step.OnFailure == step.Key)
                {
                    errors.Add(new(file, $"$.steps[{s}]", $"step \"{step.Key}\" branches to itself (use maxRetries to retry)"));
                }
            }
            playbooks.TryAdd(playbook.Key, stepKeys);
        }
        return playbooks;
    }

    private static void ValidateOrganizations(SeedSet seeds, Dictionary<string, HashSet<string>> playbooks, List<SeedError> errors)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var o = 0; o < seeds.Organizations.Count; o++)
        {
            var organization = seeds.Organizations[o];
            var file = seeds.Files.Organizations.ElementAtOrDefault(o) ?? $"organizations[{o}]";
            Required(file, "$.slug", organization.Slug, errors);
            Required(file, "$.name", organization.Name, errors);
            if (!slugs.Add(organization.Slug))
            {
                errors.Add(new(file, "$.slug", $"duplicate organization slug \"{organization.Slug}\""));
            }
            var users = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var u = 0; u < organization.Users.Count; u++)
            {
                var user = organization.Users[u];
                if (!user.Email.Contains('@', StringComparison.Ordinal) || !emails.Add(user.Email))
                {
                    errors.Add(new(file, $"$.users[{u}].email", $"\"{user.Email}\" is not a valid, unique e-mail address"));
                }
                users.Add(user.Email);
                EnumValue<UserRole>(file, $"$.users[{u}].role", user.Role, errors);
            }
            var customers = new HashSet<string>(StringComparer.Ordinal);
            var customerList = organization.Customers ?? [];
            for (var c = 0; c < customerList.Count; c++)
            {
                ValidateCustomer(file, $"$.customers[{c}]", customerList[c], users, customers, errors);
            }
            var executions = organization.Executions ?? [];
            for (var e = 0; e < executions.Count; e++)
            {
                ValidateExecution(file, $"$.executions[{e}]", executions[e], users, customers, playbooks, errors);
            }
        }
    }

    private static void ValidateCustomer(string file, string path, CustomerSeed customer, HashSet<string> users, HashSet<string> customers, List<SeedError> errors)
    {
        Required(file, $"{path}.name", customer.Name, errors);
        if (!customers.Add(customer.Name))
        {
            errors.Add(new(file, $"{path}.name", $"duplicate customer \"{customer.Name}\""));
        }
        EnumValue<CustomerStatus>(file, $"{path}.status", customer.Status, errors);
        if (customer.HealthScore is < 0 or > 100)
        {
            errors.Add(new(file, $"{path}.healthScore", "healthScore must be between 0 and 100"));
        }
        if (customer.CsmEmail is { } csm && !users.Contains(csm))
        {
            errors.Add(new(file, $"{path}.csmEmail", $"\"{csm}\" is not a user of this organization"));
        }
        var kpis = customer.Kpis ?? [];
        var parameters = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < kpis.Count; k++)
        {
            var kpi = kpis[k];
            if (!parameters.Add(kpi.KpiParameter))
            {
                errors.Add(new(file, $"{path}.kpis[{k}].kpiParameter", $"duplicate KPI \"{kpi.KpiParameter}\""));
            }
            EnumValue<KpiImpactLevel>(file, $"{path}.kpis[{k}].impactLevel", kpi.ImpactLevel, errors);
            var months = new HashSet<int>();
            var history = kpi.History ?? [];
            for (var h = 0; h < history.Count; h++)
            {
                EnumValue<KpiHealthStatus>(file, $"{path}.kpis[{k}].history[{h}].healthStatus", history[h].HealthStatus, errors);
                if (history[h].MonthsAgo < 0 || !months.Add(history[h].MonthsAgo))
                {
                    errors.Add(new(file, $"{path}.kpis[{k}].history[{h}].monthsAgo", "monthsAgo must be unique and not negative"));
                }
            }
        }
        var days = new HashSet<int>();
        var points = customer.HealthHistory ?? [];
        for (var h = 0; h < points.Count; h++)
        {
            EnumValue<HealthTrendDirection>(file, $"{path}.healthHistory[{h}].trend", points[h].Trend, errors);
            if (points[h].DaysAgo < 0 || !days.Add(points[h].DaysAgo))
            {
                errors.Add(new(file, $"{path}.healthHistory[{h}].daysAgo", "daysAgo must be unique and not negative"));
            }
        }
    }

    private static void ValidateExecution(string file, string path, ExecutionSeed execution, HashSet<string> users,
        HashSet<string> customers, Dictionary<string, HashSet<string>> playbooks, List<SeedError> errors)
    {
        EnumValue<PlaybookExecutionStatus>(file, $"{path}.status", execution.Status, errors);
        EnumValue<TriggerSource>(file, $"{path}.triggerSource", execution.TriggerSource, errors);
        if (!customers.Contains(execution.Customer))
        {
            errors.Add(new(file, $"{path}.customer", $"customer \"{execution.Customer}\" does not exist in this organization"));
        }
        if (execution.TriggeredBy is { } user && !users.Contains(user))
        {
            errors.Add(new(file, $"{path}.triggeredBy", $"\"{user}\" is not a user of this organization"));
        }
        if (!playbooks.TryGetValue(execution.PlaybookKey, out var steps))
        {
            errors.Add(new(file, $"{path}.playbookKey", $"playbook \"{execution.PlaybookKey}\" does not exist"));
            return;
        }
        var results = execution.StepResults ?? [];
        for (var r = 0; r < results.Count; r++)
        {
            StepExists(file, $"{path}.stepResults[{r}].step", results[r].Step, steps, errors, required: true);
            EnumValue<StepResultStatus>(file, $"{path}.stepResults[{r}].status", results[r].Status, errors);
            if (results[r].AttemptNumber < 1)
            {
                errors.Add(new(file, $"{path}.stepResults[{r}].attemptNumber", "attemptNumber must be 1 or more"));
            }
        }
    }

    private static void FindUiArtifacts(string file, JsonElement element, string path, List<SeedError> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var child = $"{path}.{property.Name}";
                    if (UiKeys.Contains(property.Name))
                    {
                        errors.Add(new(file, child, $"UI artifacts do not belong in a workflow config (\"{property.Name}\")"));
                    }
                    FindUiArtifacts(file, property.Value, child, errors);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    FindUiArtifacts(file, item, $"{path}[{index++}]", errors);
                }
                break;
        }
    }

    private static void CheckTemplates(string file, JsonElement element, string path, List<SeedError> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when element.GetString() is { } text && text.Contains("{{", StringComparison.Ordinal):
                if (TemplateSyntax.Check(text) is { } problem)
                {
                    errors.Add(new(file, path, problem));
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    CheckTemplates(file, property.Value, $"{path}.{property.Name}", errors);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckTemplates(file, item, $"{path}[{index++}]", errors);
                }
                break;
        }
    }

    private static void StepExists(string file, string path, string? id, HashSet<string> ids, List<SeedError> errors, bool required)
    {
        if (id is null)
        {
            if (required)
            {
                errors.Add(new(file, path, "a step id is required"));
            }
            return;
        }
        if (!ids.Contains(id))
        {
            errors.Add(new(file, path, $"step \"{id}\" does not exist"));
        }
    }

    private static void Required(string file, string path, string? value, List<SeedError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(file, path, "a value is required"));
        }
    }

    private static bool EnumValue<TEnum>(string file, string path, string value, List<SeedError> errors) where TEnum : struct, Enum
    {
        if (EnumText.Values(typeof(TEnum)).Contains(value))
        {
            return true;
        }
        errors.Add(new(file, path, $"\"{value}\" is not one of: {string.Join(", ", EnumText.Values(typeof(TEnum)))}"));
        return false;
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
