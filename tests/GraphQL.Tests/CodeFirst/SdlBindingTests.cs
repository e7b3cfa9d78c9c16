using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Tests.CodeFirst.Sdl;

/// <summary>SDL first: resolver classes bound to the fields of SDL types by name.</summary>
public sealed class SdlBindingTests
{
    private const string Sdl = """
        type Query {
          playbook(id: ID!): Playbook
          playbooks(status: Status = ACTIVE, first: Int = 10): [Playbook!]!
          version: String!
        }

        type Mutation {
          rename(input: RenameInput!): Playbook
        }

        type Playbook {
          id: ID!
          name: String!
          status: Status!
          stepCount: Int!
        }

        enum Status { DRAFT ACTIVE IN_REVIEW }

        input RenameInput { id: ID!, newName: String! }
        """;

    private static readonly Schema Schema = new CodeFirstSchemaBuilder()
        .AddTypeDefinitions(Sdl)
        .BindResolvers<QueryResolvers>()
        .BindResolvers<PlaybookResolvers>()
        .BindResolvers<MutationResolvers>("Mutation")
        .Build();

    [Fact]
    public void Members_bind_to_the_fields_named_like_them()
    {
        Schema.Field("Query.playbook").GetResolver().Should().NotBeNull();
        Schema.Field("Query.playbooks").GetResolver().Should().NotBeNull();
        Schema.Field("Query.version").GetResolver().Should().NotBeNull();
        Schema.Field("Playbook.stepCount").GetResolver().Should().NotBeNull();
        Schema.Field("Playbook.name").GetResolver().Should().BeNull();
    }

    [Fact]
    public void An_SDL_enum_meeting_a_CLR_enum_is_bound_to_its_members()
    {
        var status = Schema.GetType<EnumType>("Status")!;
        status.GetValue("IN_REVIEW")!.Value.Should().Be(SdlStatus.InReview);
        status.CoerceOutputValue(SdlStatus.Draft).Should().Be("DRAFT");
    }

    [Fact]
    public async Task Arguments_are_converted_to_the_parameter_types()
    {
        var id = SdlData.Playbooks[1].Id;
        (await Schema.ResolveAsync("Query.playbook", arguments: CodeFirstTestKit.Args(("id", id.ToString())))).Should().Be(SdlData.Playbooks[1]);
        var inReview = await Schema.ResolveAsync("Query.playbooks", arguments: CodeFirstTestKit.Args(("status", "IN_REVIEW")));
        inReview.Should().BeAssignableTo<IEnumerable<SdlPlaybook>>().Which.Should().Equal(SdlData.Playbooks[1]);
        var active = await Schema.ResolveAsync("Query.playbooks");
        active.Should().BeAssignableTo<IEnumerable<SdlPlaybook>>().Which.Should().Equal(SdlData.Playbooks[0]);
        (await Schema.ResolveAsync("Query.version")).Should().Be("2");
    }

    [Fact]
    public async Task Input_objects_of_the_SDL_become_records_by_field_name()
    {
        var id = SdlData.Playbooks[0].Id;
        var renamed = await Schema.ResolveAsync("Mutation.rename", arguments: CodeFirstTestKit.Args(
            ("input", new Dictionary<string, object?> { ["id"] = id.ToString(), ["newName"] = "Renamed" })));
        renamed.Should().BeOfType<SdlPlaybook>().Which.Name.Should().Be("Renamed");
    }

    [Fact]
    public async Task Parent_parameters_receive_the_object_of_an_SDL_type() =>
        (await Schema.ResolveAsync("Playbook.stepCount", SdlData.Playbooks[0])).Should().Be(3);

    [Fact]
    public void A_resolver_class_without_a_target_type_is_an_error() =>
        new CodeFirstSchemaBuilder()
            .AddTypeDefinitions("type Query { hello: String }")
            .BindResolvers<Unbound>()
            .BuildErrors().Should().Equal(
                "Unbound: BindResolvers needs [GraphQLType(\"TypeName\")] on the class or a type name.");

    [Fact]
    public void Members_without_a_field_and_parameters_without_an_argument_are_errors() =>
        new CodeFirstSchemaBuilder()
            .AddTypeDefinitions("type Query { hello: String }")
            .BindResolvers<WrongResolvers>("Query")
            .BuildErrors().Should().Equal(
                "WrongResolvers.Hello(name) (Query.hello(name:)): the field Query.hello has no argument \"name\".",
                "WrongResolvers.GetGoodbye (Query.goodbye): the type Query has no field \"goodbye\" to bind.");
}

public enum SdlStatus
{
    Draft,
    Active,
    InReview,
}

public sealed record SdlPlaybook(Guid Id, string Name, SdlStatus Status, int Steps);

public sealed record RenameRequest(Guid Id, string NewName);

public static class SdlData
{
    public static readonly SdlPlaybook[] Playbooks =
    [
        new(Guid.NewGuid(), "Renewal safeguard", SdlStatus.Active, 3),
        new(Guid.NewGuid(), "VOC sprint", SdlStatus.InReview, 5),
    ];
}

[GraphQLType("Query")]
public sealed class QueryResolvers
{
    public static string Version => "2";

    public SdlPlaybook? GetPlaybook(Guid id) => SdlData.Playbooks.FirstOrDefault(playbook => playbook.Id == id);

    public IEnumerable<SdlPlaybook> GetPlaybooks(SdlStatus status, int first, IResolverContext context) =>
        SdlData.Playbooks.Where(playbook => playbook.Status == status).Take(first);
}

[GraphQLType("Playbook")]
public sealed class PlaybookResolvers
{
    public int StepCount([Parent] SdlPlaybook playbook) => playbook.Steps;
}

public sealed class MutationResolvers
{
    public SdlPlaybook? Rename(RenameRequest input) =>
        SdlData.Playbooks.FirstOrDefault(playbook => playbook.Id == input.Id) is { } found ? found with { Name = input.NewName } : null;
}

public sealed class WrongResolvers
{
    public string Hello(string name) => name;

    public string GetGoodbye() => "bye";
}

public sealed class Unbound
{
    public string Hello() => "hi";
}
