using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

/// <summary>
/// §6.4.4 Handling Execution Errors: a failed field is null with one error; the null propagates to the nearest nullable
/// position, through non-null fields and lists, without a second error; errors carry path and locations.
/// </summary>
public sealed class NullPropagationTests
{
    private static readonly ExecutionOptions Details = new() { IncludeExceptionDetails = true };

    [Fact]
    public async Task A_failing_nullable_field_is_null_with_one_located_error()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "nickname").Resolve(_ => throw new InvalidOperationException("no nickname"));

        var result = await schema.ExecuteAsync("{\n  dog {\n    name\n    nickname\n  }\n}", options: Details);

        result.Data!["dog"].Should().BeEquivalentTo(new Dictionary<string, object?> { ["name"] = "Rex", ["nickname"] = null });
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Message.Should().Be("no nickname");
        error.Path.Should().Equal("dog", "nickname");
        error.Locations.Should().Equal(new GraphQL.Language.SourceLocation(4, 5));
    }

    [Fact]
    public async Task A_failing_non_null_field_nulls_its_nullable_parent()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "name").Resolve(_ => throw new InvalidOperationException("no name"));

        var result = await schema.ExecuteAsync("{ dog { nickname name } cat { name } }", options: Details);

        result.Errors.Single().Extensions!["exception"].Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["type"] = "System.InvalidOperationException",
            ["stackTrace"] = ((Exception)result.Errors[0].InnerException!).StackTrace,
        });
        result.ShouldBeJson(
            """
            { "errors": [ { "message": "no name", "locations": [ { "line": 1, "column": 18 } ], "path": [ "dog", "name" ],
                "extensions": { "code": "INTERNAL_SERVER_ERROR", "exception": * } } ],
              "data": { "dog": null, "cat": { "name": "Tom" } } }
            """.Replace("*", Quote(result.Errors[0].Extensions!["exception"]), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_null_propagating_to_a_non_null_root_field_nulls_data()
    {
        var schema = Pets.CreateSchema();
        schema.QueryType.GetField("petCount")!.Resolve(_ => throw new GraphQLException("counting failed"));

        var result = await schema.ExecuteAsync("{ dog { name } petCount }");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "counting failed", "locations": [ { "line": 1, "column": 16 } ], "path": [ "petCount" ] } ],
              "data": null }
            """);
    }

    [Fact]
    public async Task A_null_returned_for_a_non_null_field_is_reported_once_and_propagates()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "name").Resolve(_ => null);

        var result = await schema.ExecuteAsync("{ dog { name } }");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Cannot return null for non-nullable field Dog.name.", "locations": [ { "line": 1, "column": 9 } ],
                "path": [ "dog", "name" ], "extensions": { "code": "INTERNAL_SERVER_ERROR" } } ],
              "data": { "dog": null } }
            """);
    }

    [Fact]
    public async Task A_failing_item_of_a_non_null_list_nulls_the_nearest_nullable_ancestor()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Cat", "name").Resolve(_ => throw new GraphQLException("cats are anonymous"));

        var result = await schema.ExecuteAsync("{ human { name pets { name } } dog { name } }");

        // Human.pets is [Pet!]!: the failing item cannot be null, nor the list, so the nullable Query.human is.
        result.ShouldBeJson(
            """
            { "errors": [ { "message": "cats are anonymous", "locations": [ { "line": 1, "column": 23 } ], "path": [ "human", "pets", 1, "name" ] } ],
              "data": { "human": null, "dog": { "name": "Rex" } } }
            """);
    }

    [Fact]
    public async Task A_failing_item_of_a_list_with_nullable_items_is_null()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Human", "friends").Resolve(_ => new object?[] { Pets.Alice, Pets.Zork, null });
        Field(schema, "Alien", "name").Resolve(_ => throw new GraphQLException("unpronounceable"));

        var result = await schema.ExecuteAsync("{ human { friends { name } } }");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "unpronounceable", "locations": [ { "line": 1, "column": 21 } ], "path": [ "human", "friends", 1, "name" ] } ],
              "data": { "human": { "friends": [ { "name": "Alice" }, null, null ] } } }
            """);
    }

    [Fact]
    public async Task A_null_item_of_a_non_null_item_list_is_reported_at_the_item()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Human", "pets").Resolve(_ => new object?[] { Pets.Rex, null });

        var result = await schema.ExecuteAsync("{ human { pets { name } } }");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Cannot return null for non-nullable field Human.pets.", "locations": [ { "line": 1, "column": 11 } ],
                "path": [ "human", "pets", 1 ], "extensions": { "code": "INTERNAL_SERVER_ERROR" } } ],
              "data": { "human": null } }
            """);
    }

    [Fact]
    public async Task A_null_item_in_a_leaf_list_is_reported_at_the_item()
    {
        var schema = SchemaBuilder.FromSdl("type Query { tags: [String!] names: [String] }");
        schema.QueryType.GetField("tags")!.Resolve(_ => new[] { "a", null, "c" });
        schema.QueryType.GetField("names")!.Resolve(_ => new[] { "a", null });

        var result = await schema.ExecuteAsync("{ tags names }");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Cannot return null for non-nullable field Query.tags.", "locations": [ { "line": 1, "column": 3 } ],
                "path": [ "tags", 1 ], "extensions": { "code": "INTERNAL_SERVER_ERROR" } } ],
              "data": { "tags": null, "names": [ "a", null ] } }
            """);
    }

    [Fact]
    public async Task A_non_null_failure_stops_the_remaining_synchronous_siblings_as_graphql_js_does()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Human", "name").Resolve(_ => throw new GraphQLException("no name"));
        Field(schema, "Human", "iq").Resolve(_ => throw new GraphQLException("no iq"));

        var nameFirst = await schema.ExecuteAsync("{ human { name iq } }");
        var iqFirst = await schema.ExecuteAsync("{ human { iq name } }");

        nameFirst.Errors.Select(error => error.Message).Should().Equal("no name");
        iqFirst.Errors.Select(error => error.Message).Should().Equal("no iq", "no name");
        iqFirst.ShouldBeJson(
            """
            { "errors": [
                { "message": "no iq", "locations": [ { "line": 1, "column": 11 } ], "path": [ "human", "iq" ] },
                { "message": "no name", "locations": [ { "line": 1, "column": 14 } ], "path": [ "human", "name" ] } ],
              "data": { "human": null } }
            """);
    }

    [Fact]
    public async Task Asynchronous_failures_propagate_the_same_way()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "name").Resolve(async _ =>
        {
            await Task.Yield();
            throw new GraphQLException("late failure");
        });
        Field(schema, "Dog", "nickname").Resolve(async _ =>
        {
            await Task.Delay(1);
            return "Rexy";
        });

        var result = await schema.ExecuteAsync("{ first: dog { nickname } second: dog { nickname name } }");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "late failure", "locations": [ { "line": 1, "column": 50 } ], "path": [ "second", "name" ] } ],
              "data": { "first": { "nickname": "Rexy" }, "second": null } }
            """);
    }

    [Fact]
    public async Task Errors_of_aliased_fields_use_the_alias_in_the_path()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "nickname").Resolve(_ => throw new GraphQLException("nope"));

        var result = await schema.ExecuteAsync("{ a: dog { b: nickname } }");

        result.Errors.Single().Path.Should().Equal("a", "b");
    }

    [Fact]
    public async Task An_error_reports_every_location_of_a_merged_field()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "nickname").Resolve(_ => throw new GraphQLException("nope"));

        var result = await schema.ExecuteAsync("{ dog { nickname ... on Dog { nickname } } }");

        result.Errors.Single().Locations.Should().Equal(new GraphQL.Language.SourceLocation(1, 9), new GraphQL.Language.SourceLocation(1, 31));
    }

    [Fact]
    public async Task A_scalar_that_cannot_serialize_a_value_is_a_field_error()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "barkVolume").Resolve(_ => "loud");

        var result = await schema.ExecuteAsync("{ dog { barkVolume } }");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Int cannot represent non-integer value: \"loud\"", "locations": [ { "line": 1, "column": 9 } ],
                "path": [ "dog", "barkVolume" ], "extensions": { "code": "INTERNAL_SERVER_ERROR" } } ],
              "data": { "dog": { "barkVolume": null } } }
            """);
    }

    [Fact]
    public async Task A_value_that_is_not_a_list_for_a_list_field_is_a_field_error()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Human", "relatives").Resolve(_ => Pets.Alice);

        var result = await schema.ExecuteAsync("{ human { relatives { name } } }");

        result.Errors.Single().Message.Should().Be("Expected Iterable, but did not find one for field \"Human.relatives\".");
        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Expected Iterable, but did not find one for field \"Human.relatives\".", "locations": [ { "line": 1, "column": 11 } ],
                "path": [ "human", "relatives" ], "extensions": { "code": "INTERNAL_SERVER_ERROR" } } ],
              "data": { "human": { "relatives": null } } }
            """);
    }

    [Fact]
    public async Task A_sequence_that_fails_while_enumerating_fails_the_list()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Human", "relatives").Resolve(_ => Failing());

        var result = await schema.ExecuteAsync("{ human { relatives { name } } }", options: Details);

        result.Errors.Single().Message.Should().Be("broken sequence");
        result.Errors.Single().Path.Should().Equal("human", "relatives");
        result.ShouldBeJson(
            """
            { "errors": [ { "message": "broken sequence", "locations": [ { "line": 1, "column": 11 } ], "path": [ "human", "relatives" ],
                "extensions": { "code": "INTERNAL_SERVER_ERROR", "exception": * } } ],
              "data": { "human": { "relatives": null } } }
            """.Replace("*", Quote(result.Errors[0].Extensions!["exception"]), StringComparison.Ordinal));

        static IEnumerable<Human> Failing()
        {
            yield return Pets.Alice;
            throw new InvalidOperationException("broken sequence");
        }
    }

    internal static FieldDefinition Field(Schema schema, string type, string field) => schema.GetType<ObjectType>(type)!.GetField(field)!;

    private static string Quote(object? value) => System.Text.Json.JsonSerializer.Serialize(value);
}
