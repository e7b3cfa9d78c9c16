using GraphQL.Data;
using GraphQL.Types.CodeFirst;
using Playbooks.Data.Entities;

namespace Playbooks.Schema.Playbooks;

/// <summary>
/// How playbooks, their steps, executions, step results, reports and triggers appear in GraphQL: the entities themselves
/// (field names follow 03-ai-playbooks-system.md's TypeScript interfaces: <c>stepName</c>, <c>completedSteps</c> …), with
/// filtering and sorting on their nested collections and cursor paging where a collection grows without bound.
/// </summary>
public static class PlaybookTypes
{
    public static CodeFirstSchemaBuilder AddPlaybookTypes(this CodeFirstSchemaBuilder builder) => builder
        .ConfigureObject<Playbook>(type => type
            .Field(x => x.Steps).UseFiltering().UseSorting()
                .Description("The steps, in `stepOrder` unless `order` says otherwise.")
            .Field(x => x.Executions).UsePaging().UseFiltering().UseSorting()
            .Field(x => x.Triggers).UseFiltering().UseSorting())
        .ConfigureObject<PlaybookStep>(type => type
            .Field(x => x.OnSuccessStep).Description("The step to run next when this one succeeds (branching); null: the next in order.")
            .Field(x => x.OnFailureStep).Description("The step to run when this one fails after its retries; null: the execution fails, unless the step is optional."))
        .ConfigureObject<PlaybookExecution>(type => type
            .Field(x => x.StepResults).UseFiltering().UseSorting()
                .Description("One result per attempt at a step, in the order they started unless `order` says otherwise."))
        .ConfigureObject<Customer>(type => type
            .Ignore(x => x.Csm)
            .Field(x => x.Kpis).UseFiltering().UseSorting()
            .Field(x => x.HealthTrends).UseFiltering().UseSorting());
}
