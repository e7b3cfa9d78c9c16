using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class KnownArgumentNamesRuleTests
{
    private static readonly KnownArgumentNamesRule Rule = new();

    [Fact]
    public void A_known_argument_is_valid() => ExpectValid(Rule, """
        fragment argOnRequiredArg on Dog {
          doesKnowCommand(dogCommand: SIT)
        }
        """);

    [Fact]
    public void Known_arguments_in_any_order_are_valid() => ExpectValid(Rule, """
        fragment multipleArgs on ComplicatedArgs {
          multipleReqs(req1: 1, req2: 2)
          reversed: multipleReqs(req2: 2, req1: 1)
        }
        """);

    [Fact]
    public void Omitted_optional_arguments_are_valid() => ExpectValid(Rule, """
        fragment noArgOnOptionalArg on Dog {
          isHouseTrained
        }
        """);

    [Fact]
    public void Known_arguments_deep_in_the_document_are_valid() => ExpectValid(Rule, """
        {
          dog {
            doesKnowCommand(dogCommand: SIT)
          }
          human {
            pet: favoriteDog {
              doesKnowCommand(dogCommand: SIT)
            }
          }
        }
        """);

    [Fact]
    public void Known_directive_arguments_are_valid() => ExpectValid(Rule, """
        {
          dog @skip(if: true) {
            name @log(level: WARN, message: "m")
          }
        }
        """);

    [Fact]
    public void Arguments_of_unknown_fields_and_directives_are_not_checked() => ExpectValid(Rule, """
        fragment unknownField on Dog {
          unknownField(unknownArg: SIT) @unknown(unknownArg: 1)
          owner {
            unknownField(unknownArg: SIT) { name(what: 1) }
          }
        }
        """);

    [Fact]
    public void Meta_field_arguments_are_known() => ExpectErrors(Rule, """
        {
          __type(name: "Dog") { name }
          __typename(name: "Dog")
        }
        """,
        (KnownArgumentNamesRule.UnknownFieldArgumentMessage("name", "Query", "__typename", []), 3, 14));

    [Fact]
    public void An_unknown_directive_argument_is_reported_with_suggestions() => ExpectErrors(Rule, """
        {
          dog @skip(iff: true) {
            name
          }
        }
        """,
        (KnownArgumentNamesRule.UnknownDirectiveArgumentMessage("iff", "skip", ["if"]), 2, 13));

    [Fact]
    public void An_unknown_directive_argument_without_a_close_name_is_reported() => ExpectErrors(Rule, """
        {
          dog @skip(unless: true) {
            name
          }
        }
        """,
        (KnownArgumentNamesRule.UnknownDirectiveArgumentMessage("unless", "skip", []), 2, 13));

    [Fact]
    public void An_argument_given_to_a_directive_without_arguments_is_reported() => ExpectErrors(Rule, """
        {
          dog @onField(if: true) {
            name
          }
        }
        """,
        (KnownArgumentNamesRule.UnknownDirectiveArgumentMessage("if", "onField", []), 2, 16));

    [Fact]
    public void Misspelled_directive_arguments_are_reported_with_suggestions() => ExpectErrors(Rule, """
        {
          dog {
            name @log(levl: INFO, mesage: "x", Level: DEBUG)
          }
        }
        """,
        (KnownArgumentNamesRule.UnknownDirectiveArgumentMessage("levl", "log", ["level"]), 3, 15),
        (KnownArgumentNamesRule.UnknownDirectiveArgumentMessage("mesage", "log", ["message"]), 3, 27),
        (KnownArgumentNamesRule.UnknownDirectiveArgumentMessage("Level", "log", ["level"]), 3, 40));

    [Fact]
    public void An_unknown_field_argument_is_reported_with_suggestions() => ExpectErrors(Rule, """
        fragment invalidArgName on Dog {
          doesKnowCommand(DogCommand: true)
        }
        """,
        (KnownArgumentNamesRule.UnknownFieldArgumentMessage("DogCommand", "Dog", "doesKnowCommand", ["dogCommand"]), 2, 19));

    [Fact]
    public void An_unknown_field_argument_on_an_interface_names_the_interface() => ExpectErrors(Rule, """
        {
          pet { name(surnme: true) }
        }
        """,
        (KnownArgumentNamesRule.UnknownFieldArgumentMessage("surnme", "Pet", "name", ["surname"]), 2, 14));

    [Fact]
    public void An_unknown_field_argument_without_a_close_name_is_reported() => ExpectErrors(Rule, """
        fragment invalidArgName on Dog {
          doesKnowCommand(whoKnows: 1)
        }
        """,
        (KnownArgumentNamesRule.UnknownFieldArgumentMessage("whoKnows", "Dog", "doesKnowCommand", []), 2, 19));

    [Fact]
    public void An_argument_given_to_a_field_without_arguments_is_reported() => ExpectErrors(Rule, """
        {
          dog(name: "Rex") { name }
        }
        """,
        (KnownArgumentNamesRule.UnknownFieldArgumentMessage("name", "Query", "dog", []), 2, 7));

    [Fact]
    public void Unknown_arguments_among_known_ones_are_reported() => ExpectErrors(Rule, """
        fragment oneGoodArgOneInvalidArg on Dog {
          doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
        }
        """,
        (KnownArgumentNamesRule.UnknownFieldArgumentMessage("whoKnows", "Dog", "doesKnowCommand", []), 2, 19),
        (KnownArgumentNamesRule.UnknownFieldArgumentMessage("unknown", "Dog", "doesKnowCommand", []), 2, 49));

    [Fact]
    public void Unknown_arguments_deep_in_the_document_are_reported() => ExpectErrors(Rule, """
        {
          dog {
            doesKnowCommand(unknown: true)
          }
          human {
            favoriteDog {
              doesKnowCommand(unknown: true)
            }
          }
        }
        """,
        (KnownArgumentNamesRule.UnknownFieldArgumentMessage("unknown", "Dog", "doesKnowCommand", []), 3, 21),
        (KnownArgumentNamesRule.UnknownFieldArgumentMessage("unknown", "Dog", "doesKnowCommand", []), 7, 23));

    [Fact]
    public void Suggestions_are_ranked_by_closeness() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            multipleOptAndReq(opt: 1)
            multipleReqs(req: 1)
          }
        }
        """,
        (KnownArgumentNamesRule.UnknownFieldArgumentMessage("opt", "ComplicatedArgs", "multipleOptAndReq", ["opt1", "opt2"]), 3, 23),
        (KnownArgumentNamesRule.UnknownFieldArgumentMessage("req", "ComplicatedArgs", "multipleReqs", ["req1", "req2"]), 4, 18));

    [Fact]
    public void Directive_arguments_follow_a_directive_defined_in_the_document() => ExpectErrors(Rule, """
        directive @skip(unless: Boolean!) on FIELD

        {
          dog @skip(unless: true) @include(iff: true) { name }
          cat @skip(if: true) { name }
        }
        """,
        (KnownArgumentNamesRule.UnknownDirectiveArgumentMessage("iff", "include", ["if"]), 4, 36),
        (KnownArgumentNamesRule.UnknownDirectiveArgumentMessage("if", "skip", []), 5, 13));

    [Fact]
    public void Directive_arguments_in_type_system_definitions_are_checked() => ExpectErrors(Rule, """
        type Query {
          field: String @deprecated(reasn: "old") @cost(weight: 1, wieght: 2)
        }
        """,
        (KnownArgumentNamesRule.UnknownDirectiveArgumentMessage("reasn", "deprecated", ["reason"]), 2, 29),
        (KnownArgumentNamesRule.UnknownDirectiveArgumentMessage("wieght", "cost", ["weight"]), 2, 60));
}
