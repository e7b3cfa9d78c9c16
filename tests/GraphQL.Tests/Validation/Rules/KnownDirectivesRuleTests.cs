using GraphQL.Language;
using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class KnownDirectivesRuleTests
{
    private static readonly KnownDirectivesRule Rule = new();

    [Fact]
    public void Document_without_directives_is_valid() => ExpectValid(Rule, """
        query Foo {
          name: petCount
          ...Frag
        }

        fragment Frag on Query {
          dog { name }
        }
        """);

    [Fact]
    public void Built_in_directives_are_known() => ExpectValid(Rule, """
        {
          dog @include(if: true) {
            name
          }
          human @skip(if: false) {
            name
          }
        }
        """);

    [Fact]
    public void Unknown_directive_is_reported() => ExpectErrors(Rule, """
        {
          dog @unknown(directive: "value") {
            name
          }
        }
        """,
        (KnownDirectivesRule.UnknownDirectiveMessage("unknown"), 2, 7));

    [Fact]
    public void Every_unknown_directive_is_reported() => ExpectErrors(Rule, """
        {
          __typename @unknown
          dog @unknown {
            name @unknown
            ... @unknownToo { id }
          }
        }
        """,
        (KnownDirectivesRule.UnknownDirectiveMessage("unknown"), 2, 14),
        (KnownDirectivesRule.UnknownDirectiveMessage("unknown"), 3, 7),
        (KnownDirectivesRule.UnknownDirectiveMessage("unknown"), 4, 10),
        (KnownDirectivesRule.UnknownDirectiveMessage("unknownToo"), 5, 9));

    [Fact]
    public void Directive_names_are_case_sensitive() => ExpectErrors(Rule, """
        {
          dog @Include(if: true) { name }
        }
        """,
        (KnownDirectivesRule.UnknownDirectiveMessage("Include"), 2, 7));

    [Fact]
    public void Well_placed_executable_directives_are_valid() => ExpectValid(Rule, """
        query ($var: Boolean @onVariableDefinition) @onQuery {
          dog @include(if: $var) @onField {
            ...Frag @onFragmentSpread
            ... @onInlineFragment { name }
          }
        }

        mutation @onMutation {
          removePet(id: "1") @onField
        }

        subscription @onSubscription {
          petAdded @onField { name }
        }

        fragment Frag on Dog @onFragmentDefinition {
          name
        }
        """);

    [Fact]
    public void A_directive_allowed_everywhere_is_valid_everywhere() => ExpectValid(Rule, """
        query Q($var: Int @log) @log {
          dog @log {
            ...Frag @log
            ... on Dog @log { name }
          }
        }

        fragment Frag on Dog @log {
          name
        }
        """);

    [Fact]
    public void Misplaced_executable_directives_are_reported() => ExpectErrors(Rule, """
        query ($var: Boolean @onQuery) @onField {
          dog @onQuery {
            ...Frag @onInlineFragment
            ... @onFragmentSpread { name }
          }
        }

        mutation @onQuery {
          removePet(id: "1") @onMutation
        }

        subscription @skip(if: true) {
          petAdded @onSubscription { name }
        }

        fragment Frag on Dog @onField {
          name @onFragmentDefinition
        }
        """,
        (KnownDirectivesRule.MisplacedDirectiveMessage("onQuery", DirectiveLocation.VariableDefinition), 1, 22),
        (KnownDirectivesRule.MisplacedDirectiveMessage("onField", DirectiveLocation.Query), 1, 32),
        (KnownDirectivesRule.MisplacedDirectiveMessage("onQuery", DirectiveLocation.Field), 2, 7),
        (KnownDirectivesRule.MisplacedDirectiveMessage("onInlineFragment", DirectiveLocation.FragmentSpread), 3, 13),
        (KnownDirectivesRule.MisplacedDirectiveMessage("onFragmentSpread", DirectiveLocation.InlineFragment), 4, 9),
        (KnownDirectivesRule.MisplacedDirectiveMessage("onQuery", DirectiveLocation.Mutation), 8, 10),
        (KnownDirectivesRule.MisplacedDirectiveMessage("onMutation", DirectiveLocation.Field), 9, 22),
        (KnownDirectivesRule.MisplacedDirectiveMessage("skip", DirectiveLocation.Subscription), 12, 14),
        (KnownDirectivesRule.MisplacedDirectiveMessage("onSubscription", DirectiveLocation.Field), 13, 12),
        (KnownDirectivesRule.MisplacedDirectiveMessage("onField", DirectiveLocation.FragmentDefinition), 16, 22),
        (KnownDirectivesRule.MisplacedDirectiveMessage("onFragmentDefinition", DirectiveLocation.Field), 17, 8));

    [Fact]
    public void Type_system_directives_are_misplaced_in_operations() => ExpectErrors(Rule, """
        query @tag(name: "q") {
          dog @deprecated { name @cost }
        }
        """,
        (KnownDirectivesRule.MisplacedDirectiveMessage("tag", DirectiveLocation.Query), 1, 7),
        (KnownDirectivesRule.MisplacedDirectiveMessage("deprecated", DirectiveLocation.Field), 2, 7),
        (KnownDirectivesRule.MisplacedDirectiveMessage("cost", DirectiveLocation.Field), 2, 26));

    [Fact]
    public void Well_placed_type_system_directives_are_valid() => ExpectValid(Rule, """
        schema @tag(name: "s") {
          query: Query
        }

        extend schema @tag(name: "s2")

        scalar MyScalar @specifiedBy(url: "https://example.com") @tag(name: "t") @cost

        extend scalar MyScalar @tag(name: "t2")

        type MyObject implements Node @tag(name: "t") @auth {
          id: ID! @deprecated @cost(weight: 2)
          field(arg: Int @tag(name: "a") @deprecated): String @auth
        }

        extend type MyObject @cost

        interface MyInterface @tag(name: "t") @auth {
          field(arg: Int @cost): String @tag(name: "f")
        }

        extend interface MyInterface @tag(name: "t2")

        union MyUnion @tag(name: "t") = MyObject | Dog

        extend union MyUnion @tag(name: "t2")

        enum MyEnum @tag(name: "t") @cost {
          VALUE @deprecated @tag(name: "v")
        }

        extend enum MyEnum @tag(name: "t2")

        input MyInput @tag(name: "t") @oneOf {
          field: Int @deprecated @tag(name: "f") @cost
        }

        extend input MyInput @tag(name: "t2") {
          other: Int @deprecated
        }

        directive @myDirective(arg: String @tag(name: "a") @deprecated) on FIELD
        """);

    // graphql-js 16 names the location of a field of an input object *extension* ARGUMENT_DEFINITION; it is an input
    // field definition like any other, and the verdict only differs for a directive allowed on one but not
    // the other.
    [Fact]
    public void Misplaced_type_system_directives_are_reported() => ExpectErrors(Rule, """
        schema @auth {
          query: Query
        }

        extend schema @onQuery

        scalar MyScalar @auth

        type MyObject @oneOf {
          field(arg: Int @auth): String @specifiedBy(url: "x")
        }

        interface MyInterface @cost {
          field: String @oneOf
        }

        union MyUnion @auth = Dog

        enum MyEnum @auth {
          VALUE @auth
        }

        input MyInput @auth {
          field: Int @auth
        }

        extend input MyInput @deprecated {
          other: Int @onField
        }

        directive @myDirective(arg: String @onField) on FIELD
        """,
        (KnownDirectivesRule.MisplacedDirectiveMessage("auth", DirectiveLocation.Schema), 1, 8),
        (KnownDirectivesRule.MisplacedDirectiveMessage("onQuery", DirectiveLocation.Schema), 5, 15),
        (KnownDirectivesRule.MisplacedDirectiveMessage("auth", DirectiveLocation.Scalar), 7, 17),
        (KnownDirectivesRule.MisplacedDirectiveMessage("oneOf", DirectiveLocation.Object), 9, 15),
        (KnownDirectivesRule.MisplacedDirectiveMessage("auth", DirectiveLocation.ArgumentDefinition), 10, 18),
        (KnownDirectivesRule.MisplacedDirectiveMessage("specifiedBy", DirectiveLocation.FieldDefinition), 10, 33),
        (KnownDirectivesRule.MisplacedDirectiveMessage("cost", DirectiveLocation.Interface), 13, 23),
        (KnownDirectivesRule.MisplacedDirectiveMessage("oneOf", DirectiveLocation.FieldDefinition), 14, 17),
        (KnownDirectivesRule.MisplacedDirectiveMessage("auth", DirectiveLocation.Union), 17, 15),
        (KnownDirectivesRule.MisplacedDirectiveMessage("auth", DirectiveLocation.Enum), 19, 13),
        (KnownDirectivesRule.MisplacedDirectiveMessage("auth", DirectiveLocation.EnumValue), 20, 9),
        (KnownDirectivesRule.MisplacedDirectiveMessage("auth", DirectiveLocation.InputObject), 23, 15),
        (KnownDirectivesRule.MisplacedDirectiveMessage("auth", DirectiveLocation.InputFieldDefinition), 24, 14),
        (KnownDirectivesRule.MisplacedDirectiveMessage("deprecated", DirectiveLocation.InputObject), 27, 22),
        (KnownDirectivesRule.MisplacedDirectiveMessage("onField", DirectiveLocation.InputFieldDefinition), 28, 14),
        (KnownDirectivesRule.MisplacedDirectiveMessage("onField", DirectiveLocation.ArgumentDefinition), 31, 36));

    [Fact]
    public void Directives_defined_in_the_document_are_known_with_their_locations() => ExpectErrors(Rule, """
        directive @local on FIELD | QUERY

        query @local {
          dog @local { name @local }
          ... on Query @local { __typename }
        }
        """,
        (KnownDirectivesRule.MisplacedDirectiveMessage("local", DirectiveLocation.InlineFragment), 5, 16));

    [Fact]
    public void A_directive_defined_in_the_document_replaces_the_schemas_locations() => ExpectErrors(Rule, """
        directive @include(if: Boolean!) on QUERY

        query @include(if: true) {
          dog @include(if: true) { name }
        }
        """,
        (KnownDirectivesRule.MisplacedDirectiveMessage("include", DirectiveLocation.Field), 4, 7));
}
