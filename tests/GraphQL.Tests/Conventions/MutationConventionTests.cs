using GraphQL.Execution;
using GraphQL.Tests.CodeFirst;
using GraphQL.Tests.Execution;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Tests.Conventions;

/// <summary>Mutation conventions: input objects, payloads, declared exceptions as payload errors, input validation.</summary>
public sealed class MutationConventionTests
{
    private static readonly string[] PrintedTypes =
    [
        "CreateBookInput", "CreateBookPayload", "CreateBookError", "Error", "DuplicateTitleError", "InputValidationError",
        "RenameBookPayload", "RenameBookError", "BookNotFoundError",
    ];

    private static Schema Books() => new CodeFirstSchemaBuilder()
        .AddQueryType<BookQuery>()
        .AddMutationType<BookMutations>()
        .AddMutationConventions()
        .Build();

    [Fact]
    public void A_convention_mutation_takes_an_input_object_and_returns_a_payload_with_its_errors()
    {
        var schema = Books();

        schema.Signature("Mutation.createBook").Should().Be("createBook(input: CreateBookInput!): CreateBookPayload!");
        schema.Signature("Mutation.renameBook").Should().Be("renameBook(input: RenameBookInput!): RenameBookPayload!");
        string.Join("\n\n", PrintedTypes.Select(name => SchemaPrinter.PrintType(schema.GetType(name)!))).Should().Be(
            """"
            input CreateBookInput {
              title: String!
              subtitle: String
            }

            type CreateBookPayload {
              book: Book
              errors: [CreateBookError!]
            }

            union CreateBookError = DuplicateTitleError | InputValidationError

            """An error a mutation reports in its payload."""
            interface Error {
              message: String!
            }

            type DuplicateTitleError implements Error {
              message: String!
              field: String!
              code: String!
              title: String!
            }

            type InputValidationError implements Error {
              message: String!
              path: [String!]!
            }

            type RenameBookPayload {
              book: Book
              errors: [RenameBookError!]
            }

            union RenameBookError = BookNotFoundError | DuplicateTitleError

            type BookNotFoundError implements Error {
              message: String!
              bookId: UUID!
            }
            """");
    }

    [Fact]
    public void A_mutation_without_arguments_gets_no_input_and_one_without_declared_errors_no_errors_field()
    {
        var schema = Books();

        schema.Signature("Mutation.resetShelf").Should().Be("resetShelf: ResetShelfPayload!");
        schema.FieldNames("ResetShelfPayload").Should().Equal("boolean");
        schema.GetType("ResetShelfInput").Should().BeNull();
    }

    [Fact]
    public void A_method_with_one_argument_still_gets_an_input_object_and_services_stay_out_of_it()
    {
        var schema = Books();

        schema.InputFields("RenameBookInput").Should().Equal("id: UUID!", "title: String!");
        schema.InputFields("AddChaptersInput").Should().Equal("chapters: [ChapterInput!]!");
    }

    [Fact]
    public async Task Resolver_context_and_services_stay_out_of_the_input_and_the_context_reads_the_input()
    {
        var schema = Books();

        schema.InputFields("EchoInput").Should().Equal("text: String!");
        var result = await schema.ExecuteAsync("""mutation { echo(input: { text: "hi" }) { string } }""");
        result.ShouldBeJson("""{ "data": { "echo": { "string": "hi!" } } }""");
    }

    [Fact]
    public void A_mutation_can_opt_out_of_the_global_conventions()
    {
        Books().Signature("Mutation.ping").Should().Be("ping(message: String!): String!");
    }

    [Fact]
    public void Without_the_global_opt_in_only_marked_mutations_follow_the_conventions_with_their_own_names()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<BookQuery>().AddMutationType<MixedMutations>().Build();

        schema.Signature("Mutation.shelveBook").Should().Be("shelveBook(input: ShelveInput!): ShelvePayload!");
        schema.FieldNames("ShelvePayload").Should().Equal("shelved", "errors");
        schema.Signature("Mutation.plainBook").Should().Be("plainBook(id: UUID!): Book!");
    }

    [Fact]
    public async Task A_successful_mutation_returns_its_result_and_null_errors()
    {
        var result = await Books().ExecuteAsync(
            """
            mutation { createBook(input: { title: "Emma", subtitle: "A Novel" }) { book { title } errors { __typename } } }
            """);

        result.ShouldBeJson("""{ "data": { "createBook": { "book": { "title": "Emma: A Novel" }, "errors": null } } }""");
    }

    [Fact]
    public async Task A_declared_exception_is_a_payload_error_with_its_fields()
    {
        var result = await Books().ExecuteAsync(
            """
            mutation {
              createBook(input: { title: "Dune" }) {
                book { title }
                errors { __typename ... on Error { message } ... on DuplicateTitleError { field code title } }
              }
            }
            """);

        result.ShouldBeJson(
            """
            { "data": { "createBook": { "book": null, "errors": [ { "__typename": "DuplicateTitleError",
                "message": "A book titled \"Dune\" already exists.", "field": "title", "code": "DUPLICATE_TITLE", "title": "Dune" } ] } } }
            """);
    }

    [Fact]
    public async Task An_async_mutation_reports_the_declared_exception_it_throws_after_awaiting()
    {
        var result = await Books().ExecuteAsync(
            """
            mutation {
              renameBook(input: { id: "0b0f4f5e-0000-4000-8000-000000000000", title: "Other" }) {
                book { id }
                errors { __typename ... on BookNotFoundError { bookId message } }
              }
            }
            """);

        result.ShouldBeJson(
            """
            { "data": { "renameBook": { "book": null, "errors": [ { "__typename": "BookNotFoundError",
                "bookId": "0b0f4f5e-0000-4000-8000-000000000000", "message": "Book 0b0f4f5e-0000-4000-8000-000000000000 was not found." } ] } } }
            """);
    }

    [Fact]
    public async Task An_exception_derived_from_a_declared_one_is_reported_as_the_declared_error_type()
    {
        var result = await Books().ExecuteAsync(
            """mutation { archiveBook(input: { id: "0b0f4f5e-0000-4000-8000-000000000000" }) { errors { __typename ... on Error { message } } } }""");

        result.ShouldBeJson("""{ "data": { "archiveBook": { "errors": [ { "__typename": "BookStoreError", "message": "The shelf is full." } ] } } }""");
    }

    [Fact]
    public async Task An_undeclared_exception_stays_a_field_error_and_the_null_propagates()
    {
        var result = await Books().ExecuteAsync("""mutation { createBook(input: { title: "Crash" }) { book { title } } }""");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Internal server error.", "locations": [ { "line": 1, "column": 12 } ], "path": [ "createBook" ],
                "extensions": { "code": "INTERNAL_SERVER_ERROR" } } ],
              "data": null }
            """);
    }

    [Fact]
    public async Task Input_breaking_a_validation_attribute_is_a_payload_error_with_its_path_and_the_method_is_not_called()
    {
        var result = await Books().ExecuteAsync(
            """
            mutation {
              createBook(input: { title: "A title much longer than twenty characters" }) {
                book { title }
                errors { __typename ... on Error { message } ... on InputValidationError { path } }
              }
            }
            """);

        result.ShouldBeJson(
            """
            { "data": { "createBook": { "book": null, "errors": [ { "__typename": "InputValidationError",
                "message": "The field title must be a string or array type with a maximum length of '20'.", "path": [ "title" ] } ] } } }
            """);
    }

    [Fact]
    public async Task Validation_attributes_of_input_classes_are_checked_in_lists_with_the_index_in_the_path()
    {
        var result = await Books().ExecuteAsync(
            """
            mutation {
              addChapters(input: { chapters: [ { heading: "One", pages: 3 }, { heading: "Two is too long", pages: 0 } ] }) {
                int
                errors { ... on InputValidationError { path } }
              }
            }
            """);

        result.ShouldBeJson(
            """
            { "data": { "addChapters": { "int": null, "errors": [ { "path": [ "chapters", "1", "heading" ] }, { "path": [ "chapters", "1", "pages" ] } ] } } }
            """);
    }

    [Fact]
    public async Task A_mutation_without_arguments_runs_without_input()
    {
        var result = await Books().ExecuteAsync("mutation { resetShelf { boolean } }");

        result.ShouldBeJson("""{ "data": { "resetShelf": { "boolean": true } } }""");
    }

    [Fact]
    public async Task A_marked_mutation_uses_its_own_result_field_name()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<BookQuery>().AddMutationType<MixedMutations>().Build();

        var result = await schema.ExecuteAsync(
            $$"""mutation { shelveBook(input: { id: "{{BookMutations.ExistingId}}" }) { shelved { title } errors { __typename } } }""");

        result.ShouldBeJson("""{ "data": { "shelveBook": { "shelved": { "title": "Shelved" }, "errors": null } } }""");
    }

    [Fact]
    public void Error_type_names_come_from_the_exception_names()
    {
        CodeFirstTypeMapper.ErrorTypeName("PlaybookNotFoundException").Should().Be("PlaybookNotFoundError");
        CodeFirstTypeMapper.ErrorTypeName("QuotaError").Should().Be("QuotaError");
        CodeFirstTypeMapper.ErrorTypeName("Conflict").Should().Be("ConflictError");
    }

    [Fact]
    public void An_error_attribute_naming_something_other_than_an_exception_fails_the_build()
    {
        var build = () => new CodeFirstSchemaBuilder().AddQueryType<BookQuery>().AddMutationType<NotAnExceptionMutations>().AddMutationConventions().Build();

        build.Should().Throw<SchemaValidationException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Contain("[Error] names").And.Contain("Book");
    }

    public sealed class NotAnExceptionMutations
    {
        [Error(typeof(Book))]
        public static Book Publish(Guid id) => new(id, "x");
    }
}
