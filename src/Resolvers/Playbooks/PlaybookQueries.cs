using GraphQL.Data;
using GraphQL.Types.CodeFirst;
using Microsoft.EntityFrameworkCore;
using Playbooks.Data;
using Playbooks.Data.Entities;
using Playbooks.Schema.Playbooks;

namespace Playbooks.Resolvers.Playbooks;

/// <summary>
/// The playbook read API's root fields. Lists are cursor connections read by keyset, filtered, sorted and projected in
/// one SQL statement (src/GraphQL/Data); single objects are the same query's first row. Every query runs on its own
/// context (<see cref="PlaybooksDbContexts"/>), so root fields run concurrently, and as the request's tenant.
/// </summary>
[ExtendObjectType("Query")]
public sealed class PlaybookQueries
{
    [GraphQLDescription("The organization's playbooks, every version; by name and version unless `order` says otherwise.")]
    [UsePaging, UseProjection, UseFiltering, UseSorting(DefaultOrder = ["Name", "Version"])]
    public static IQueryable<Playbook> Playbooks([Service] PlaybooksDbContexts contexts) =>
        contexts.Create().Playbooks.AsNoTracking();

    [GraphQLDescription("One playbook version by id; null when it does not exist (or is another organization's).")]
    [UseFirstOrDefault, UseProjection]
    public static IQueryable<Playbook> Playbook([ID(nameof(Playbook))] Guid id, [Service] PlaybooksDbContexts contexts) =>
        contexts.Create().Playbooks.AsNoTracking().Where(p => p.Id == id);

    [GraphQLDescription("A playbook by its catalog key: the given version, or the highest when `version` is null.")]
    [UseFirstOrDefault, UseProjection]
    public static IQueryable<Playbook> PlaybookByKey(string key, int? version, [Service] PlaybooksDbContexts contexts)
    {
        var playbooks = contexts.Create().Playbooks.AsNoTracking().Where(p => p.Key == key);
        return version is { } exact ? playbooks.Where(p => p.Version == exact) : playbooks.OrderByDescending(p => p.Version);
    }

    [GraphQLDescription("Runs of the organization's playbooks, the newest first unless `order` says otherwise.")]
    [UsePaging, UseProjection, UseFiltering, UseSorting(DefaultOrder = ["CreatedAt DESC"])]
    public static IQueryable<PlaybookExecution> PlaybookExecutions([Service] PlaybooksDbContexts contexts) =>
        contexts.Create().PlaybookExecutions.AsNoTracking();

    [GraphQLDescription("One execution by id, with its step results; null when it does not exist.")]
    [UseFirstOrDefault, UseProjection]
    public static IQueryable<PlaybookExecution> PlaybookExecution([ID(nameof(PlaybookExecution))] Guid id, [Service] PlaybooksDbContexts contexts) =>
        contexts.Create().PlaybookExecutions.AsNoTracking().Where(e => e.Id == id);

    [GraphQLDescription("Reports of executions (RACI, outcomes, exit criteria), the newest first unless `order` says otherwise; deleted with their execution.")]
    [UsePaging, UseProjection, UseFiltering, UseSorting(DefaultOrder = ["ReportGeneratedAt DESC"])]
    public static IQueryable<PlaybookReport> PlaybookReports([Service] PlaybooksDbContexts contexts) =>
        contexts.Create().PlaybookReports.AsNoTracking();

    [GraphQLDescription("One report by id; null when it does not exist.")]
    [UseFirstOrDefault, UseProjection]
    public static IQueryable<PlaybookReport> PlaybookReport([ID(nameof(PlaybookReport))] Guid id, [Service] PlaybooksDbContexts contexts) =>
        contexts.Create().PlaybookReports.AsNoTracking().Where(r => r.Id == id);

    [GraphQLDescription("The active playbooks an agent runs, with step counts and execution activity (`get_active_playbooks`).")]
    public static Task<IReadOnlyList<ActivePlaybook>> ActivePlaybooks(Guid agentId, [Service] PlaybooksDbContexts contexts, CancellationToken cancellationToken) =>
        PlaybookAnalytics.ActivePlaybooksAsync(contexts.Create(), agentId, cancellationToken);

    [GraphQLDescription("Execution statistics of a playbook (`get_playbook_execution_summary`); null when the playbook does not exist.")]
    public static async Task<PlaybookExecutionSummary?> PlaybookExecutionSummary(
        [ID(nameof(Playbook))] Guid playbookId, [Service] PlaybooksDbContexts contexts, CancellationToken cancellationToken) =>
        (await PlaybookAnalytics.ExecutionSummariesAsync(contexts.Create(), [playbookId], cancellationToken).ConfigureAwait(false))
            .GetValueOrDefault(playbookId);
}
