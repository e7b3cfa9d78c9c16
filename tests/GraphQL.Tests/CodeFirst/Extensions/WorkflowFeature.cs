using GraphQL.Tests.CodeFirst.Extensions.Playbooks;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Tests.CodeFirst.Extensions.Workflows;

/// <summary>A second feature folder: root fields, and a field on the other feature's type.</summary>
public sealed record Workflow(string Name, Guid PlaybookId);

[ExtendObjectType("Query")]
public static class WorkflowQueries
{
    public static List<Workflow> Workflows() => [new("Renewal", Guid.Empty)];
}

[ExtendObjectType(typeof(Playbook))]
public sealed class PlaybookWorkflowFields
{
    public IEnumerable<Workflow> Workflows(Playbook playbook) => [new("Renewal", playbook.Id)];
}
