using GraphQL.Types.CodeFirst;

namespace GraphQL.Tests.CodeFirst.Extensions.Playbooks;

/// <summary>A feature folder: its root fields and the fields it adds to its own type.</summary>
public sealed record Playbook(Guid Id, string Name, [property: GraphQLIgnore] int Steps);

[ExtendObjectType("Query")]
public sealed class PlaybookQueries
{
    public static readonly Playbook[] All = [new(Guid.NewGuid(), "Renewal safeguard", 4), new(Guid.NewGuid(), "VOC sprint", 2)];

    public IEnumerable<Playbook> GetPlaybooks() => All;

    public Playbook? GetPlaybook(Guid id) => All.FirstOrDefault(playbook => playbook.Id == id);
}

[ExtendObjectType("Mutation")]
public sealed class PlaybookMutations
{
    public Task<Playbook> ArchivePlaybookAsync(Guid id) => Task.FromResult(PlaybookQueries.All[0]);
}

[ExtendObjectType(typeof(Playbook))]
public sealed class PlaybookFields
{
    public int StepCount(Playbook playbook) => playbook.Steps;

    public string Summary([Parent] Playbook playbook, int maxLength = 20) =>
        playbook.Name.Length <= maxLength ? playbook.Name : playbook.Name[..maxLength];
}
