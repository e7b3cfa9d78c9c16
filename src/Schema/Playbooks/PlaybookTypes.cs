using GraphQL.Data;
using GraphQL.Data.GlobalIds;
using GraphQL.Types.CodeFirst;
using Playbooks.Data.Entities;

namespace Playbooks.Schema.Playbooks;

/// <summary>
/// How playbooks, their steps, executions, step results, reports and triggers appear in GraphQL: the entities themselves
/// (field names follow 03-ai-playbooks-system.md's TypeScript interfaces: <c>stepName</c>, <c>completedSteps</c> …), each a
/// <c>Node</c>, with filtering and sorting on their nested collections and cursor paging where a collection grows without
/// bound.
/// </summary>
public static class PlaybookTypes
{
    public static CodeFirstSchemaBuilder AddPlaybookTypes(this CodeFirstSchemaBuilder builder) => builder
        .AddGlobalObjectIdentification()
        .AddNodeType<Playbook, Guid>(x => x.Id, EntityNodes.From<Playbook>((db, keys) => db.Playbooks.Where(x => keys.Contains(x.Id)), x => x.Id))
        .AddNodeType<PlaybookStep, Guid>(x => x.Id, EntityNodes.From<PlaybookStep>((db, keys) => db.PlaybookSteps.Where(x => keys.Contains(x.Id)), x => x.Id))
        .AddNodeType<PlaybookExecution, Guid>(x => x.Id, EntityNodes.From<PlaybookExecution>((db, keys) => db.PlaybookExecutions.Where(x => keys.Contains(x.Id)), x => x.Id))
        .AddNodeType<PlaybookStepResult, Guid>(x => x.Id, EntityNodes.From<PlaybookStepResult>((db, keys) => db.PlaybookStepResults.Where(x => keys.Contains(x.Id)), x => x.Id))
        .AddNodeType<PlaybookReport, Guid>(x => x.Id, EntityNodes.From<PlaybookReport>((db, keys) => db.PlaybookReports.Where(x => keys.Contains(x.Id)), x => x.Id))
        .AddNodeType<PlaybookTrigger, Guid>(x => x.Id, EntityNodes.From<PlaybookTrigger>((db, keys) => db.PlaybookTriggers.Where(x => keys.Contains(x.Id)), x => x.Id))
        .AddNodeType<Customer, Guid>(x => x.Id, EntityNodes.From<Customer>((db, keys) => db.Customers.Where(x => keys.Contains(x.Id)), x => x.Id))
        .ConfigureObject<Playbook>(type => type
            .Field(x => x.Steps).UseFiltering().UseSorting(nameof(PlaybookStep.StepOrder))
                .Description("The steps, in `stepOrder` unless `order` says otherwise.")
            .Field(x => x.Executions).UsePaging().UseFiltering().UseSorting("CreatedAt DESC")
                .Description("Runs of this playbook version, the newest first unless `order` says otherwise.")
            .Field(x => x.Triggers).UseFiltering().UseSorting(nameof(PlaybookTrigger.CreatedAt)))
        .ConfigureObject<PlaybookStep>(type => type
            .Field(x => x.OnSuccessStep).Description("The step to run next when this one succeeds (branching); null: the next in order.")
            .Field(x => x.OnFailureStep).Description("The step to run when this one fails after its retries; null: the execution fails, unless the step is optional."))
        .ConfigureObject<PlaybookExecution>(type => type
            .Field(x => x.StepResults).UseFiltering().UseSorting(nameof(PlaybookStepResult.CreatedAt))
                .Description("One result per attempt at a step, in the order they were created unless `order` says otherwise."))
        .ConfigureObject<Customer>(type => type
            .Ignore(x => x.Csm)
            .Field(x => x.Kpis).UseFiltering().UseSorting()
            .Field(x => x.HealthTrends).UseFiltering().UseSorting());
}
