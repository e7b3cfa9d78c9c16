using GraphQL.Execution;
using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionTestKit;

namespace GraphQL.Tests.Execution;

/// <summary>What a resolver sees: arguments, path, selections, variables, operation, services and per-request data.</summary>
public sealed class ResolverContextTests
{
    [Fact]
    public async Task Arguments_are_coerced_with_defaults_and_converted_on_request()
    {
        IResolverContext? seen = null;
        var schema = TestSchema.Build();
        schema.QueryType.GetField("pets")!.Resolve(context =>
        {
            seen = context;
            return new object[] { context.ArgumentValue<int>("first"), context.ArgumentValue<long>("first"), context.ArgumentValue<string>("furColor")! };
        });
        schema.GetType<InterfaceType>("Pet")!.ResolveType((_, _) => null);

        await schema.ExecuteAsync("{ pets(furColor: BLACK) { __typename } }");

        seen!.Arguments.Should().BeEquivalentTo(new Dictionary<string, object?> { ["first"] = 10, ["furColor"] = "BLACK" });
        seen.ArgumentValue<int>("first").Should().Be(10);
        seen.ArgumentValue<long?>("first").Should().Be(10L);
        seen.ArgumentValue<FurColor>("furColor").Should().Be(FurColor.Black);
        seen.ArgumentValue<string>("bornAfter").Should().BeNull();
        seen.Invoking(context => context.ArgumentValue<Guid>("first")).Should().Throw<InvalidCastException>();
    }

    [Fact]
    public async Task The_context_describes_the_field_and_the_request()
    {
        var captured = new List<string>();
        var schema = Pets.CreateSchema();
        NullPropagationTests.Field(schema, "Dog", "nickname").Resolve(context =>
        {
            captured.Add($"{context.Path} {context.Field.Coordinate} {context.ObjectType.Name} {context.Selection.ResponseName} {context.Parent<Dog>().Name}");
            captured.Add($"{context.Operation.Name!.Value} {context.Variables["v"]} {context.Document.Definitions.Count} {context.Schema.QueryType.Name}");
            return "n";
        });

        await schema.ExecuteAsync("query Q($v: Int) { pets(first: $v) { ... on Dog { nick: nickname } } }", variables: Variables("""{ "v": 1 }"""));

        captured.Should().Equal(
            "pets[0].nick Dog.nickname Dog nick Rex", "Q 1 1 Query",
            "pets[2].nick Dog.nickname Dog nick Fido", "Q 1 1 Query");
    }

    [Fact]
    public async Task GetSelections_lists_the_sub_fields_per_object_type_for_projections()
    {
        var selections = new Dictionary<string, string>();
        var schema = TestSchema.Build();
        schema.QueryType.GetField("pets")!.Resolve(context =>
        {
            foreach (var typeName in (string[])["Dog", "Cat"])
            {
                var fields = context.GetSelections(context.Schema.GetType<ObjectType>(typeName)!);
                selections[typeName] = string.Join(", ", fields.Select(field => field.ToString()));
            }

            var owner = context.GetSelections(context.Schema.GetType<ObjectType>("Dog")!).Single(field => field.Field.Name == "owner");
            selections["owner"] = string.Join(", ", owner.GetSelections(context.Schema.GetType<ObjectType>("Human")!).Select(field => field.ResponseName));
            return Array.Empty<object>();
        });

        await schema.ExecuteAsync("{ pets { name ... on Dog { barkVolume owner { name @skip(if: true) iq } } ... on Cat { lives } n: nickname } }");

        selections.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["Dog"] = "Dog.name, Dog.barkVolume, Dog.owner, n: Dog.nickname",
            ["Cat"] = "Cat.name, Cat.lives, n: Cat.nickname",
            ["owner"] = "iq",
        });
    }

    [Fact]
    public async Task Context_data_is_seeded_from_the_request_and_shared_by_resolvers()
    {
        var schema = TestSchema.Build();
        schema.QueryType.GetField("homepage")!.Resolve(context =>
        {
            context.ContextData["visited"] = true;
            return (string)context.ContextData["user"]!;
        });
        schema.QueryType.GetField("secret")!.Resolve(async context =>
        {
            await Task.Yield();
            return context.ContextData.TryGetValue("visited", out var visited) ? $"visited={visited}" : "first";
        });

        var result = (ExecutionResult)await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "{ homepage secret }",
            ContextData = new Dictionary<string, object?> { ["user"] = "alice" },
        });

        result.ShouldBeJson("""{ "data": { "homepage": "alice", "secret": "visited=True" } }""");
    }

    [Fact]
    public async Task Services_come_from_the_request()
    {
        var schema = TestSchema.Build();
        schema.QueryType.GetField("homepage")!.Resolve(context => context.Service<Uri>().ToString());

        var result = (ExecutionResult)await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "{ homepage }",
            Services = new SingleService(new Uri("https://example.com/")),
        });

        result.ShouldBeJson("""{ "data": { "homepage": "https://example.com/" } }""");
    }

    [Fact]
    public async Task A_variable_argument_given_null_for_a_non_null_argument_is_a_field_error()
    {
        var schema = Pets.CreateSchema();

        var result = await schema.ExecuteAsync(
            "query($c: DogCommand) { dog { doesKnowCommand(dogCommand: $c) } }", variables: Variables("""{ "c": null }"""), options: Unvalidated);

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Argument \"dogCommand\" of non-null type \"DogCommand!\" must not be null.", "locations": [ { "line": 1, "column": 59 } ],
                "path": [ "dog", "doesKnowCommand" ], "extensions": { "code": "BAD_USER_INPUT" } } ],
              "data": { "dog": null } }
            """);
    }

    private enum FurColor
    {
        Brown,
        Black,
    }

    private sealed class SingleService(object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType.IsInstanceOfType(service) ? service : null;
    }
}
