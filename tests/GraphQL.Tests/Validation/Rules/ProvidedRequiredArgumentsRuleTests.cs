using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ProvidedRequiredArgumentsRule Rule = new();

    [Fact]
    public void Fields_of_unknown_names_are_ignored() => ExpectValid(Rule, """
        {
          dog {
            unknownField
            unknownWithArgs(x: 1) { deeper }
          }
        }
        """);

    [Fact]
    public void Omitted_optional_arguments_are_valid() => ExpectValid(Rule, """
        {
          dog { isHouseTrained name }
          complicatedArgs {
            multipleOpts
            nonNullFieldWithDefault
            intArgField
          }
        }
        """);

    [Fact]
    public void Given_required_arguments_are_valid_in_any_order() => ExpectValid(Rule, """
        {
          dog { doesKnowCommand(dogCommand: SIT) }
          complicatedArgs {
            multipleReqs(req1: 1, req2: 2)
            reversed: multipleReqs(req2: 2, req1: 1)
            multipleOptAndReq(req1: 1, req2: 2, opt2: 3)
          }
        }
        """);

    [Fact]
    public void A_null_value_for_a_required_argument_counts_as_given() => ExpectValid(Rule, """
        {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: null)
          }
        }
        """);

    [Fact]
    public void A_missing_required_argument_is_reported_at_the_field() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            nonNullIntArgField
          }
        }
        """,
        (ProvidedRequiredArgumentsRule.MissingFieldArgumentMessage("nonNullIntArgField", "nonNullIntArg", "Int!"), 3, 5));

    [Fact]
    public void Each_missing_required_argument_is_reported() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            multipleReqs
            multipleOptAndReq(req2: 1, opt1: 1)
          }
          nodes { id }
        }
        """,
        (ProvidedRequiredArgumentsRule.MissingFieldArgumentMessage("multipleReqs", "req1", "Int!"), 3, 5),
        (ProvidedRequiredArgumentsRule.MissingFieldArgumentMessage("multipleReqs", "req2", "Int!"), 3, 5),
        (ProvidedRequiredArgumentsRule.MissingFieldArgumentMessage("multipleOptAndReq", "req1", "Int!"), 4, 5),
        (ProvidedRequiredArgumentsRule.MissingFieldArgumentMessage("nodes", "ids", "[ID!]!"), 6, 3));

    [Fact]
    public void Errors_inside_a_field_come_before_its_own() => ExpectErrors(Rule, """
        {
          findPet {
            ... on Dog { doesKnowCommand }
          }
        }
        """,
        (ProvidedRequiredArgumentsRule.MissingFieldArgumentMessage("doesKnowCommand", "dogCommand", "DogCommand!"), 3, 18),
        (ProvidedRequiredArgumentsRule.MissingFieldArgumentMessage("findPet", "by", "PetByInput!"), 2, 3));

    [Fact]
    public void Directives_with_their_required_arguments_are_valid() => ExpectValid(Rule, """
        {
          dog @include(if: true) {
            name @skip(if: false) @log
          }
        }
        """);

    [Fact]
    public void Directives_missing_required_arguments_are_reported() => ExpectErrors(Rule, """
        {
          dog @include {
            name @skip
          }
        }
        """,
        (ProvidedRequiredArgumentsRule.MissingDirectiveArgumentMessage("include", "if", "Boolean!"), 2, 7),
        (ProvidedRequiredArgumentsRule.MissingDirectiveArgumentMessage("skip", "if", "Boolean!"), 3, 10));

    [Fact]
    public void Unknown_directives_are_ignored() => ExpectValid(Rule, """
        {
          dog @unknown { name }
        }
        """);

    [Fact]
    public void Type_system_directives_missing_required_arguments_are_reported() => ExpectErrors(Rule, """
        type Query @tag {
          field: String @cost @tag(name: "ok") @deprecated
        }
        """,
        (ProvidedRequiredArgumentsRule.MissingDirectiveArgumentMessage("tag", "name", "String!"), 1, 12));

    [Fact]
    public void Required_arguments_follow_a_directive_defined_in_the_document() => ExpectErrors(Rule, """
        directive @include(when: [Boolean!]!, unless: Boolean! = false, other: Int) on FIELD
        directive @onField(required: String!) on FIELD

        {
          dog @include { name @onField @skip }
        }
        """,
        (ProvidedRequiredArgumentsRule.MissingDirectiveArgumentMessage("include", "when", "[Boolean!]!"), 5, 7),
        (ProvidedRequiredArgumentsRule.MissingDirectiveArgumentMessage("onField", "required", "String!"), 5, 23),
        (ProvidedRequiredArgumentsRule.MissingDirectiveArgumentMessage("skip", "if", "Boolean!"), 5, 32));
}
