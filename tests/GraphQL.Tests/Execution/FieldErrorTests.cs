using GraphQL.Execution;
using static GraphQL.Tests.Execution.NullPropagationTests;

namespace GraphQL.Tests.Execution;

/// <summary>How a resolver's failure becomes an error: masked exceptions, GraphQLException, returned errors, reported errors.</summary>
public sealed class FieldErrorTests
{
    [Fact]
    public async Task An_unexpected_exception_is_masked_by_default()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "nickname").Resolve(_ => throw new InvalidOperationException("connection string: secret"));

        var result = await schema.ExecuteAsync("{ dog { nickname } }");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Internal server error.", "locations": [ { "line": 1, "column": 9 } ], "path": [ "dog", "nickname" ],
                "extensions": { "code": "INTERNAL_SERVER_ERROR" } } ],
              "data": { "dog": { "nickname": null } } }
            """);
        result.Errors[0].InnerException.Should().BeOfType<InvalidOperationException>("the exception is kept for logging");
    }

    [Fact]
    public async Task Exception_details_are_shown_when_the_option_is_on()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "nickname").Resolve(_ => throw new InvalidOperationException("details"));

        var result = await schema.ExecuteAsync("{ dog { nickname } }", options: new ExecutionOptions { IncludeExceptionDetails = true });

        var error = result.Errors.Single();
        error.Message.Should().Be("details");
        error.Code.Should().Be(ErrorCodes.InternalServerError);
        var exception = error.Extensions!["exception"].Should().BeAssignableTo<IReadOnlyDictionary<string, object?>>().Subject;
        exception["type"].Should().Be("System.InvalidOperationException");
        exception["stackTrace"].Should().BeOfType<string>().Which.Should().Contain(nameof(FieldErrorTests));
    }

    [Fact]
    public async Task A_GraphQLException_keeps_its_message_and_code()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "nickname").Resolve(_ => throw new GraphQLException("You may not know.", "FORBIDDEN"));

        var result = await schema.ExecuteAsync("{ dog { nickname } }");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "You may not know.", "locations": [ { "line": 1, "column": 9 } ], "path": [ "dog", "nickname" ],
                "extensions": { "code": "FORBIDDEN" } } ],
              "data": { "dog": { "nickname": null } } }
            """);
    }

    [Fact]
    public async Task A_GraphQLException_may_carry_several_errors_and_keep_their_own_paths()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "nickname").Resolve(_ => throw new GraphQLException([
            GraphQLError.Create("first", code: "A"),
            GraphQLError.Create("second", path: ["custom"], code: "B"),
        ]));

        var result = await schema.ExecuteAsync("{ dog { nickname } }");

        result.Errors.Select(error => (error.Message, error.Code, string.Join('.', error.Path!))).Should().Equal(
            ("first", "A", "dog.nickname"),
            ("second", "B", "custom"));
    }

    [Fact]
    public async Task A_resolver_may_return_an_error_as_its_value()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "nickname").Resolve(_ => GraphQLError.Create("Returned, not thrown.", code: "RETURNED"));

        var result = await schema.ExecuteAsync("{ dog { nickname } }");

        result.Errors.Single().Should().Match<GraphQLError>(error => error.Message == "Returned, not thrown." && error.Code == "RETURNED");
        result.Errors.Single().Path.Should().Equal("dog", "nickname");
    }

    [Fact]
    public async Task A_reported_error_keeps_the_field_value()
    {
        var schema = Pets.CreateSchema();
        Field(schema, "Dog", "nickname").Resolve(context =>
        {
            context.ReportError(GraphQLError.Create("Nickname is outdated.", code: "STALE"));
            return "Rexy";
        });

        var result = await schema.ExecuteAsync("{ dog { nickname } }");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Nickname is outdated.", "locations": [ { "line": 1, "column": 9 } ], "path": [ "dog", "nickname" ],
                "extensions": { "code": "STALE" } } ],
              "data": { "dog": { "nickname": "Rexy" } } }
            """);
    }

    [Fact]
    public async Task A_failure_of_the_default_resolver_is_a_field_error()
    {
        var schema = SchemaBuilder("type Query { value: String }");

        var result = await schema.ExecuteAsync("{ value }", root: new Throwing(null));

        result.Errors.Single().Message.Should().Be("Internal server error.");
        result.Errors.Single().Path.Should().Equal("value");
    }

    [Fact]
    public async Task An_invalid_argument_literal_is_a_field_error()
    {
        var schema = Pets.CreateSchema();

        var result = await schema.ExecuteAsync("{ dog { isAtLocation(x: \"far\") } }", options: ExecutionTestKit.Unvalidated);

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Argument \"x\" has invalid value \"far\". Expected value of type \"Int\", found \"far\"; Int cannot represent non-integer value: \"far\"",
                "locations": [ { "line": 1, "column": 25 } ], "path": [ "dog", "isAtLocation" ], "extensions": { "code": "BAD_USER_INPUT" } } ],
              "data": { "dog": { "isAtLocation": null } } }
            """);
    }

    private static GraphQL.Types.Schema SchemaBuilder(string sdl) => GraphQL.Types.SchemaBuilder.FromSdl(sdl);

    private sealed class Throwing(string? value)
    {
        public string Value => value ?? throw new InvalidOperationException("getter failed");
    }
}
