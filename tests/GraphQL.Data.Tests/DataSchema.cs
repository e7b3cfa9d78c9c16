using GraphQL.Data;
using GraphQL.Types.CodeFirst;
using Microsoft.EntityFrameworkCore;
using Playbooks.Data;
using Playbooks.Data.Entities;

namespace Playbooks.GraphQL.Data.Tests;

/// <summary>A small code-first schema over the playbook entities, using every data feature.</summary>
public static class DataSchema
{
    public static global::GraphQL.Types.Schema Build() => new CodeFirstSchemaBuilder()
        .AddQueryType<DataQuery>()
        .AddTypeExtension<PlaybookExtras>()
        .ConfigureObject<Playbook>(type => type
            .Ignore(x => x.Triggers)
            .Field(x => x.Steps).UsePaging(defaultPageSize: 2, maxPageSize: 10).UseFiltering().UseSorting()
            .Field(x => x.Executions).UseFiltering().UseSorting()
            .Field(x => x.Duration).NoFiltering().NoSorting())
        .ConfigureObject<PlaybookStep>(type => type.Ignore(x => x.Playbook).Ignore(x => x.OnSuccessStep).Ignore(x => x.OnFailureStep))
        .ConfigureObject<PlaybookExecution>(type => type.Ignore(x => x.StepResults).Ignore(x => x.Report).Ignore(x => x.CurrentStep))
        .ConfigureObject<Customer>(type => type.Ignore(x => x.Csm).Ignore(x => x.Kpis).Ignore(x => x.HealthTrends)
            .Field("regionOrUnknown", customer => customer.Region ?? "unknown").Requires(x => x.Region))
        .IsService(type => type == typeof(PlaybooksDbContext))
        .Build();
}

public sealed class DataQuery
{
    [UseProjection, UseFiltering, UseSorting]
    public static IQueryable<Playbook> Playbooks(PlaybooksDbContext db) => db.Playbooks;

    [UsePaging(DefaultPageSize = 3, MaxPageSize = 5), UseProjection, UseFiltering, UseSorting]
    public static IQueryable<Playbook> PlaybookPages(PlaybooksDbContext db) => db.Playbooks;

    [UseOffsetPaging(DefaultPageSize = 3, MaxPageSize = 5), UseProjection, UseFiltering, UseSorting]
    public static IQueryable<Playbook> PlaybookSegments(PlaybooksDbContext db) => db.Playbooks;

    [UseFirstOrDefault, UseProjection]
    public static IQueryable<Playbook> Playbook(Guid id, PlaybooksDbContext db) => db.Playbooks.Where(playbook => playbook.Id == id);

    /// <summary>Without a projection: the nested collections' features then run in memory over the loaded rows.</summary>
    public static IQueryable<Playbook> PlaybooksWithSteps(PlaybooksDbContext db) => db.Playbooks.Include(playbook => playbook.Steps);

    [UseProjection, UseFiltering, UseSorting]
    public static IQueryable<PlaybookExecution> Executions(PlaybooksDbContext db) => db.PlaybookExecutions;

    [UsePaging(IncludeTotalCount = false), UseSorting]
    public static IQueryable<Customer> Customers(PlaybooksDbContext db) => db.Customers;

    /// <summary>The same data features over a sequence in memory.</summary>
    [UsePaging, UseFiltering, UseSorting]
    public static IEnumerable<Customer> CustomersInMemory(PlaybooksDbContext db) => [.. db.Customers];
}

[ExtendObjectType(typeof(Playbook))]
public sealed class PlaybookExtras
{
    [ProjectionRequires(nameof(Playbook.Name), nameof(Playbook.Version))]
    public static string Label([Parent] Playbook playbook) => $"{playbook.Name} v{playbook.Version}";
}
