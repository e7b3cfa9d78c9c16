using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary>§3.13 Directives: definitions, and directives applied to schema elements.</summary>
public sealed class DirectiveValidationTests
{
    private const string Query = "type Query { a: Int }\n";

    [Fact]
    public void A_directive_definition_with_input_arguments_passes()
    {
        var schema = SchemaAssert.Valid(Query + "directive @d(a: Int = 1, b: [In!]) repeatable on FIELD | OBJECT input In { x: Int }");

        var directive = schema.GetDirectiveDefinition("d")!;
        directive.IsRepeatable.Should().BeTrue();
        directive.Locations.Should().Equal(DirectiveLocation.Field, DirectiveLocation.Object);
        directive.HasLocation(DirectiveLocation.Object).Should().BeTrue();
        directive.HasLocation(DirectiveLocation.Scalar).Should().BeFalse();
        directive.GetArgument("a")!.DefaultValue.Should().Be(1);
    }

    [Fact]
    public void Directive_names_must_be_unique() =>
        SchemaAssert.Invalid(Query + "directive @d on FIELD directive @d on OBJECT", "There can be only one directive named \"@d\".");

    [Fact]
    public void Built_in_directives_cannot_be_redefined() =>
        SchemaAssert.Invalid(Query + "directive @skip(if: Boolean!) on FIELD", "Directive \"@skip\" already exists in the schema. It cannot be redefined.");

    [Fact]
    public void Directive_argument_names_must_be_unique() =>
        SchemaAssert.Invalid(Query + "directive @d(a: Int, a: Int) on FIELD", "Argument \"@d(a:)\" can only be defined once.");

    [Fact]
    public void Directive_arguments_must_be_input_types() =>
        SchemaAssert.Invalid(Query + "directive @d(a: Query) on FIELD", "The type of @d(a:) must be Input Type but got: Query.");

    [Fact]
    public void Required_directive_arguments_must_not_be_deprecated() =>
        SchemaAssert.Invalid(Query + "directive @d(a: Int! @deprecated) on FIELD", "Required argument @d(a:) cannot be deprecated.");

    [Fact]
    public void A_directive_needs_a_location()
    {
        var directive = new DirectiveDefinition("d", []);
        SchemaAssert.Invalid(new SchemaBuilder().AddTypeDefinitions(Query).AddDirective(directive), "Directive @d must include 1 or more locations.");
    }

    [Fact]
    public void A_directive_must_not_reference_itself()
    {
        SchemaAssert.Invalid(Query + "directive @d(a: Int @d) on ARGUMENT_DEFINITION",
            "Directive @d must not reference itself directly or indirectly, but is used by @d(a:).");
        SchemaAssert.Invalid(Query + "directive @d(a: In) on INPUT_FIELD_DEFINITION input In { x: Int @d }",
            "Directive @d must not reference itself directly or indirectly, but is used by In.x.");
    }

    [Fact]
    public void Applied_directives_must_be_defined() =>
        SchemaAssert.Invalid("type Query @nope { a: Int @nope(x: 1) }", "Unknown directive \"@nope\" on Query.", "Unknown directive \"@nope\" on Query.a.");

    [Fact]
    public void Applied_directives_must_be_allowed_at_their_location() =>
        SchemaAssert.Invalid("""
            directive @onField on FIELD_DEFINITION
            type Query @onField @deprecated { a(x: Int @onField): Int @oneOf }
            """,
            "Directive \"@onField\" may not be used on OBJECT (Query).",
            "Directive \"@deprecated\" may not be used on OBJECT (Query).",
            "Directive \"@onField\" may not be used on ARGUMENT_DEFINITION (Query.a(x:)).",
            "Directive \"@oneOf\" may not be used on FIELD_DEFINITION (Query.a).");

    [Fact]
    public void Non_repeatable_directives_may_be_applied_once()
    {
        SchemaAssert.Valid("directive @r repeatable on OBJECT type Query @r @r { a: Int }");
        SchemaAssert.Invalid("directive @o on OBJECT type Query @o @o @o { a: Int }", "The directive \"@o\" can only be used once at Query.");
        SchemaAssert.Invalid("type Query { a: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at Query.a.");
        SchemaAssert.Invalid("directive @o on OBJECT type Query @o { a: Int } extend type Query @o", "The directive \"@o\" can only be used once at Query.");
    }

    [Fact]
    public void Applied_directive_arguments_are_checked_against_the_definition() =>
        SchemaAssert.Invalid("""
            directive @d(req: Int!, opt: String) on OBJECT
            type Query @d(opt: 1, bogus: true) { a: Int @deprecated(reason: 5) }
            """,
            "Unknown argument \"bogus\" on directive \"@d\" at Query.",
            "Directive \"@d\" argument \"opt\" at Query has invalid value: Expected value of type \"String\", found 1; String cannot represent a non string value: 1",
            "Directive \"@d\" argument \"req\" of type \"Int!\" is required, but it was not provided at Query.",
            "Directive \"@deprecated\" argument \"reason\" at Query.a has invalid value: Expected value of type \"String!\", found 5; String cannot represent a non string value: 5");

    [Fact]
    public void Directives_applied_in_code_are_validated_too()
    {
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("a", Scalars.Int)).AddDirective(new AppliedDirective("skip"));

        SchemaAssert.Invalid(new SchemaBuilder().SetQueryType(query), "Directive \"@skip\" may not be used on FIELD_DEFINITION (Query.a).");
    }
}
