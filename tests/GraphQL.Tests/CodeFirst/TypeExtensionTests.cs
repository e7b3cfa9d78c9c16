using GraphQL.Types;
using GraphQL.Types.CodeFirst;
using GraphQL.Tests.CodeFirst.Extensions.Playbooks;
using GraphQL.Tests.CodeFirst.Extensions.Workflows;

namespace GraphQL.Tests.CodeFirst.Extensions;

/// <summary>Feature folders adding root fields and fields of other types through <see cref="ExtendObjectTypeAttribute"/>.</summary>
public sealed class TypeExtensionTests
{
    private static readonly Schema Schema = new CodeFirstSchemaBuilder()
        .AddTypeExtension<PlaybookQueries>()
        .AddTypeExtension(typeof(WorkflowQueries))
        .AddTypeExtension<PlaybookMutations>()
        .AddTypeExtension<PlaybookFields>()
        .AddTypeExtension<PlaybookWorkflowFields>()
        .Build();

    [Fact]
    public void Two_feature_folders_add_fields_to_a_Query_made_for_them()
    {
        Schema.QueryType.Name.Should().Be("Query");
        Schema.FieldNames("Query").Should().Equal("playbooks", "playbook", "workflows");
        Schema.MutationType!.Name.Should().Be("Mutation");
        Schema.Signature("Mutation.archivePlaybook").Should().Be("archivePlaybook(id: UUID!): Playbook!");
    }

    [Fact]
    public void Extensions_of_an_object_type_add_fields_whose_first_parameter_of_that_type_is_the_parent()
    {
        Schema.FieldNames("Playbook").Should().Equal("id", "name", "stepCount", "summary", "workflows");
        Schema.Signature("Playbook.summary").Should().Be("summary(maxLength: Int! = 20): String!");
    }

    [Fact]
    public async Task Extension_fields_resolve_with_the_parent_and_their_arguments()
    {
        var playbook = new Playbook(Guid.NewGuid(), "Renewal safeguard", 4);
        (await Schema.ResolveAsync("Playbook.stepCount", playbook)).Should().Be(4);
        (await Schema.ResolveAsync("Playbook.summary", playbook, CodeFirstTestKit.Args(("maxLength", 7)))).Should().Be("Renewal");
        (await Schema.ResolveAsync("Playbook.workflows", playbook)).Should().BeAssignableTo<IEnumerable<Workflow>>().Which.Should().ContainSingle();
        (await Schema.ResolveAsync("Query.playbooks")).Should().BeAssignableTo<IEnumerable<Playbook>>().Which.Should().HaveCount(2);
    }

    [Fact]
    public void An_extension_of_a_type_of_the_SDL_adds_its_fields_when_the_SDL_is_read()
    {
        var schema = new CodeFirstSchemaBuilder()
            .AddTypeDefinitions("type Query { hello: String }")
            .AddTypeExtension<PlaybookQueries>()
            .Build();
        schema.FieldNames("Query").Should().Equal("hello", "playbooks", "playbook");
        schema.Field("Query.playbook").Type.ToString().Should().Be("Playbook");
    }
}
