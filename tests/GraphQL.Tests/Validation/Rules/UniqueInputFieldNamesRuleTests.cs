using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly UniqueInputFieldNamesRule Rule = new();

    [Fact]
    public void Input_objects_with_distinct_fields_are_valid() => ExpectValid(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: {requiredField: true, intField: 1, stringField: "s"})
            empty: jsonArgField(jsonArg: {})
          }
        }
        """);

    [Fact]
    public void The_same_field_in_sibling_and_nested_objects_is_valid() => ExpectValid(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: {requiredField: true, nested: {requiredField: false, nested: {requiredField: true}}})
            jsonArgField(jsonArg: [{a: 1}, {a: 2}])
          }
        }
        """);

    [Fact]
    public void A_duplicate_field_is_reported_at_both_names() => ExpectErrorsWithLocations(Rule, """
        {
          findDog(searchBy: {name: "a", name: "b"}) { name }
        }
        """,
        (UniqueInputFieldNamesRule.Message("name"), [(2, 22), (2, 33)]));

    [Fact]
    public void Each_repetition_is_reported_with_the_first() => ExpectErrorsWithLocations(Rule, """
        {
          findDog(searchBy: {name: "a", name: "b", name: "c"}) { name }
        }
        """,
        (UniqueInputFieldNamesRule.Message("name"), [(2, 22), (2, 33)]),
        (UniqueInputFieldNamesRule.Message("name"), [(2, 22), (2, 44)]));

    [Fact]
    public void Duplicates_in_nested_objects_are_reported_in_document_order() => ExpectErrorsWithLocations(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              intField: 1,
              nested: {requiredField: true, requiredField: false},
              intField: 2
            })
          }
        }
        """,
        (UniqueInputFieldNamesRule.Message("requiredField"), [(5, 16), (5, 37)]),
        (UniqueInputFieldNamesRule.Message("intField"), [(4, 7), (6, 7)]));

    [Fact]
    public void Duplicates_are_reported_wherever_the_object_stands() => ExpectErrorsWithLocations(Rule, """
        query ($v: FindDogInput = {owner: "a", owner: "b"}) {
          unknownField(arg: {x: 1, x: 2})
          complicatedArgs { jsonArgField(jsonArg: {list: [{y: 1, y: 2}]}) }
          dog @log(message: "m") { name }
        }
        """,
        (UniqueInputFieldNamesRule.Message("owner"), [(1, 28), (1, 40)]),
        (UniqueInputFieldNamesRule.Message("x"), [(2, 22), (2, 28)]),
        (UniqueInputFieldNamesRule.Message("y"), [(3, 52), (3, 58)]));
}
