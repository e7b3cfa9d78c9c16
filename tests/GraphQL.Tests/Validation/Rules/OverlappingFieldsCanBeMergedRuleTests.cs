using System.Diagnostics;
using System.Globalization;
using System.Text;
using GraphQL.Types;
using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly OverlappingFieldsCanBeMergedRule Rule = new();

    // Boxes whose fields of one name return different shapes, for the response-shape cases.
    private const string BoxSdl = """
        interface SomeBox {
          deepBox: SomeBox
          unrelatedField: String
        }

        type StringBox implements SomeBox {
          scalar: String
          deepBox: StringBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        type IntBox implements SomeBox {
          scalar: Int
          deepBox: IntBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        interface NonNullStringBox1 {
          scalar: String!
        }

        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        interface NonNullStringBox2 {
          scalar: String!
        }

        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        type Connection {
          edges: [Edge]
        }

        type Edge {
          node: Node
        }

        type Node {
          id: ID
          name: String
        }

        type Query {
          someBox: SomeBox
          connection: Connection
        }
        """;

    private static string DifferentFields(string responseName, string name1, string name2) =>
        OverlappingFieldsCanBeMergedRule.ConflictMessage(responseName, OverlappingFieldsCanBeMergedRule.DifferentFieldsReason(name1, name2));

    private static string DifferingArguments(string responseName) =>
        OverlappingFieldsCanBeMergedRule.ConflictMessage(responseName, OverlappingFieldsCanBeMergedRule.DifferingArgumentsReason);

    private static string ConflictingTypes(string responseName, string type1, string type2) =>
        OverlappingFieldsCanBeMergedRule.ConflictMessage(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"");

    private static string Subfields(string responseName, params (string ResponseName, string Reason)[] subfieldConflicts) =>
        OverlappingFieldsCanBeMergedRule.ConflictMessage(responseName, OverlappingFieldsCanBeMergedRule.SubfieldsReason(subfieldConflicts));

    private static string DifferentFieldsReason(string name1, string name2) => OverlappingFieldsCanBeMergedRule.DifferentFieldsReason(name1, name2);

    // -- Same field, same arguments ------------------------------------------------------------------------------------

    [Fact]
    public void Unique_fields_are_valid() => ExpectValid(Rule, """
        fragment uniqueFields on Dog {
          name
          nickname
        }
        """);

    [Fact]
    public void Identical_fields_are_valid() => ExpectValid(Rule, """
        fragment mergeIdenticalFields on Dog {
          name
          name
        }
        """);

    [Fact]
    public void Identical_aliases_of_identical_fields_are_valid() => ExpectValid(Rule, """
        fragment mergeIdenticalAliasesAndFields on Dog {
          otherName: name
          otherName: name
        }
        """);

    [Fact]
    public void Identical_fields_with_identical_arguments_are_valid() => ExpectValid(Rule, """
        query ($command: DogCommand) {
          dog {
            doesKnowCommand(dogCommand: SIT)
            doesKnowCommand(dogCommand: SIT)
            knows: doesKnowCommand(dogCommand: $command)
            knows: doesKnowCommand(dogCommand: $command)
          }
        }
        """);

    [Fact]
    public void Identical_fields_with_identical_directives_are_valid() => ExpectValid(Rule, """
        fragment mergeSameFieldsWithSameDirectives on Dog {
          name @include(if: true)
          name @include(if: true)
        }
        """);

    [Fact]
    public void Different_arguments_under_different_aliases_are_valid() => ExpectValid(Rule, """
        fragment differentArgsWithDifferentAliases on Dog {
          knowsSit: doesKnowCommand(dogCommand: SIT)
          knowsDown: doesKnowCommand(dogCommand: DOWN)
        }
        """);

    [Fact]
    public void Different_directives_under_different_aliases_are_valid() => ExpectValid(Rule, """
        fragment differentDirectivesWithDifferentAliases on Dog {
          nameIfTrue: name @include(if: true)
          nameIfFalse: name @include(if: false)
        }
        """);

    // Differing @skip/@include do not make the value ambiguous: at run time they may well agree.
    [Fact]
    public void Different_skip_and_include_directives_are_valid() => ExpectValid(Rule, """
        fragment differentDirectivesWithDifferentAliases on Dog {
          name @include(if: true)
          name @include(if: false)
          nickname @skip(if: true)
          nickname
        }
        """);

    [Fact]
    public void Arguments_in_a_different_order_are_valid() => ExpectValid(Rule, """
        {
          complicatedArgs {
            multipleReqs(req1: 1, req2: 2)
            multipleReqs(req2: 2, req1: 1)
          }
        }
        """);

    [Fact]
    public void Input_object_fields_in_a_different_order_are_valid() => ExpectValid(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: {requiredField: true, intField: 1, nested: {stringField: "a", requiredField: false}})
            complexArgField(complexArg: {nested: {requiredField: false, stringField: "a"}, intField: 1, requiredField: true})
          }
        }
        """);

    // -- Same response name, different fields or arguments -------------------------------------------------------------

    [Fact]
    public void One_alias_for_two_fields_conflicts() => ExpectErrorsWithLocations(Rule, """
        fragment sameAliasesWithDifferentFieldTargets on Dog {
          fido: name
          fido: nickname
        }
        """,
        (DifferentFields("fido", "name", "nickname"), [(2, 3), (3, 3)]));

    [Fact]
    public void An_alias_masking_a_field_conflicts() => ExpectErrorsWithLocations(Rule, """
        fragment aliasMaskingDirectFieldAccess on Dog {
          name: nickname
          name
        }
        """,
        (DifferentFields("name", "nickname", "name"), [(2, 3), (3, 3)]));

    [Fact]
    public void An_added_argument_conflicts() => ExpectErrorsWithLocations(Rule, """
        fragment conflictingArgs on Dog {
          isHouseTrained
          isHouseTrained(atOtherHomes: true)
        }
        """,
        (DifferingArguments("isHouseTrained"), [(2, 3), (3, 3)]));

    [Fact]
    public void A_missing_argument_conflicts() => ExpectErrorsWithLocations(Rule, """
        fragment conflictingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand
        }
        """,
        (DifferingArguments("doesKnowCommand"), [(2, 3), (3, 3)]));

    [Fact]
    public void Different_argument_values_conflict() => ExpectErrorsWithLocations(Rule, """
        fragment conflictingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }
        """,
        (DifferingArguments("doesKnowCommand"), [(2, 3), (3, 3)]));

    [Fact]
    public void Different_argument_names_conflict() => ExpectErrorsWithLocations(Rule, """
        fragment conflictingArgs on Dog {
          isAtLocation(x: 0)
          isAtLocation(y: 0)
        }
        """,
        (DifferingArguments("isAtLocation"), [(2, 3), (3, 3)]));

    [Fact]
    public void A_variable_and_a_literal_conflict() => ExpectErrorsWithLocations(Rule, """
        query ($command: DogCommand, $other: DogCommand) {
          dog {
            doesKnowCommand(dogCommand: SIT)
            doesKnowCommand(dogCommand: $command)
            knows: doesKnowCommand(dogCommand: $command)
            knows: doesKnowCommand(dogCommand: $other)
          }
        }
        """,
        (DifferingArguments("doesKnowCommand"), [(3, 5), (4, 5)]),
        (DifferingArguments("knows"), [(5, 5), (6, 5)]));

    [Fact]
    public void Literals_of_different_kinds_conflict_even_when_they_coerce_alike() => ExpectErrorsWithLocations(Rule, """"
        {
          complicatedArgs {
            floatArgField(floatArg: 1)
            floatArgField(floatArg: 1.0)
            stringArgField(stringArg: "text")
            stringArgField(stringArg: """text""")
            idArgField(idArg: 1)
            idArgField(idArg: "1")
          }
        }
        """",
        (DifferingArguments("floatArgField"), [(3, 5), (4, 5)]),
        (DifferingArguments("stringArgField"), [(5, 5), (6, 5)]),
        (DifferingArguments("idArgField"), [(7, 5), (8, 5)]));

    [Fact]
    public void Different_list_and_object_values_conflict() => ExpectErrorsWithLocations(Rule, """
        {
          complicatedArgs {
            stringListArgField(stringListArg: ["a", "b"])
            stringListArgField(stringListArg: ["b", "a"])
            complexArgField(complexArg: {requiredField: true})
            complexArgField(complexArg: {requiredField: true, intField: null})
          }
        }
        """,
        (DifferingArguments("stringListArgField"), [(3, 5), (4, 5)]),
        (DifferingArguments("complexArgField"), [(5, 5), (6, 5)]));

    [Fact]
    public void Every_conflicting_pair_is_reported() => ExpectErrorsWithLocations(Rule, """
        {
          dog {
            x: name
            x: nickname
            x: barkVolume
          }
        }
        """,
        (DifferentFields("x", "name", "nickname"), [(3, 5), (4, 5)]),
        (DifferentFields("x", "name", "barkVolume"), [(3, 5), (5, 5)]),
        (DifferentFields("x", "nickname", "barkVolume"), [(4, 5), (5, 5)]));

    [Fact]
    public void Typename_aliases_conflict_like_other_fields() => ExpectErrorsWithLocations(Rule, """
        {
          dog {
            __typename
            __typename: name
            kind: __typename
            kind: __typename
          }
        }
        """,
        (DifferentFields("__typename", "__typename", "name"), [(3, 5), (4, 5)]));

    // -- Mutually exclusive parents ------------------------------------------------------------------------------------

    // No object is both a Dog and a Cat, so these fields never meet.
    [Fact]
    public void Different_fields_on_different_object_types_are_valid() => ExpectValid(Rule, """
        fragment sameAliasesWithDifferentFieldTargets on Pet {
          ... on Dog {
            noise: barks
          }
          ... on Cat {
            noise: meows
          }
        }
        """);

    [Fact]
    public void Different_arguments_on_different_object_types_are_valid() => ExpectValid(Rule, """
        fragment conflictingArgs on Pet {
          ... on Dog {
            name(surname: true)
            doesKnowCommand(dogCommand: SIT)
          }
          ... on Cat {
            name
            doesKnowCommand(catCommand: JUMP)
          }
        }
        """);

    [Fact]
    public void Safe_differing_fields_from_the_specification_are_valid() => ExpectValid(Rule, """
        fragment safeDifferingFields on Pet {
          ... on Dog {
            volume: barkVolume
          }
          ... on Cat {
            volume: meowVolume
          }
        }
        """);

    [Fact]
    public void Differing_fields_on_an_interface_and_an_object_conflict() => ExpectErrorsWithLocations(Rule, """
        {
          pet {
            name
            ... on Dog {
              name: nickname
            }
          }
        }
        """,
        (DifferentFields("name", "name", "nickname"), [(3, 5), (5, 7)]));

    [Fact]
    public void Differing_arguments_on_the_same_object_type_conflict() => ExpectErrorsWithLocations(Rule, """
        {
          catOrDog {
            ... on Dog { name(surname: true) }
            ... on Dog { name(surname: false) }
          }
        }
        """,
        (DifferingArguments("name"), [(3, 18), (4, 18)]));

    [Fact]
    public void Differing_response_shapes_on_different_object_types_conflict() => ExpectErrorsWithLocations(Rule, """
        fragment conflictingDifferingResponses on Pet {
          ... on Dog {
            someValue: nickname
          }
          ... on Cat {
            someValue: meowVolume
          }
        }
        """,
        (ConflictingTypes("someValue", "String", "Int"), [(3, 5), (6, 5)]));

    [Fact]
    public void Exclusivity_carries_down_to_sub_fields() => ExpectValid(Rule, """
        {
          catOrDog {
            ... on Dog { owner { name(surname: true) } }
            ... on Cat { owner { name } }
          }
        }
        """);

    [Fact]
    public void Sub_fields_of_exclusive_parents_must_still_have_one_shape() => ExpectErrorsWithLocations(Rule, """
        {
          catOrDog {
            ... on Dog { owner { x: name } }
            ... on Cat { owner { x: iq } }
          }
        }
        """,
        (Subfields("owner", ("x", "they return conflicting types \"String!\" and \"Int\"")), [(3, 18), (3, 26), (4, 18), (4, 26)]));

    // -- Fragments -----------------------------------------------------------------------------------------------------

    [Fact]
    public void A_conflict_between_two_fragments_is_reported() => ExpectErrorsWithLocations(Rule, """
        {
          ...A
          ...B
        }

        fragment A on Type {
          x: a
        }

        fragment B on Type {
          x: b
        }
        """,
        (DifferentFields("x", "a", "b"), [(7, 3), (11, 3)]));

    [Fact]
    public void Each_conflict_is_reported_once() => ExpectErrorsWithLocations(Rule, """
        {
          f1 {
            ...A
            ...B
          }
          f2 {
            ...B
            ...A
          }
          f3 {
            ...A
            ...B
            x: c
          }
        }

        fragment A on Type {
          x: a
        }

        fragment B on Type {
          x: b
        }
        """,
        (DifferentFields("x", "a", "b"), [(18, 3), (22, 3)]),
        (DifferentFields("x", "c", "a"), [(13, 5), (18, 3)]),
        (DifferentFields("x", "c", "b"), [(13, 5), (22, 3)]));

    [Fact]
    public void A_field_conflicting_with_a_spread_fragment_is_reported() => ExpectErrorsWithLocations(Rule, """
        {
          dog {
            name
            ...DogName
          }
        }

        fragment DogName on Dog {
          name: nickname
        }
        """,
        (DifferentFields("name", "name", "nickname"), [(3, 5), (9, 3)]));

    [Fact]
    public void A_conflict_after_nested_fragments_is_reported() => ExpectErrorsWithLocations(Rule, """
        fragment F on T {
          ...G
        }

        fragment G on T {
          ...H
        }

        fragment H on T {
          x: a
        }

        {
          x: b
          ...F
        }
        """,
        (DifferentFields("x", "b", "a"), [(14, 3), (10, 3)]));

    [Fact]
    public void A_conflict_inside_inline_fragments_is_reported_once() => ExpectErrorsWithLocations(Rule, """
        {
          dog {
            ... {
              x: name
            }
            ... on Dog {
              x: nickname
            }
          }
        }
        """,
        (DifferentFields("x", "name", "nickname"), [(4, 7), (7, 7)]));

    [Fact]
    public void Fields_in_an_inline_fragment_without_type_condition_are_compared() => ExpectValid(BoxSdl, Rule, """
        {
          a: someBox { unrelatedField }
          ... {
            a: someBox { unrelatedField }
          }
        }
        """);

    [Fact]
    public void Unknown_fragments_are_ignored() => ExpectValid(Rule, """
        {
          field
          ...Unknown
          ...Known
        }

        fragment Known on T {
          field
          ...OtherUnknown
        }
        """);

    [Fact]
    public void A_fragment_spread_twice_does_not_conflict_with_itself() => ExpectValid(Rule, """
        {
          dog {
            ...DogFields
            ...DogFields
            mother { ...DogFields }
            mother { ...DogFields }
          }
        }

        fragment DogFields on Dog {
          name
          doesKnowCommand(dogCommand: SIT)
          owner { name }
        }
        """);

    // -- Sub-selections ------------------------------------------------------------------------------------------------

    [Fact]
    public void A_deep_conflict_is_reported_at_both_fields_and_sub_fields() => ExpectErrorsWithLocations(Rule, """
        {
          field {
            x: a
          },
          field {
            x: b
          }
        }
        """,
        (Subfields("field", ("x", DifferentFieldsReason("a", "b"))), [(2, 3), (3, 5), (5, 3), (6, 5)]));

    [Fact]
    public void A_deep_conflict_with_several_issues_is_one_error() => ExpectErrorsWithLocations(Rule, """
        {
          field {
            x: a
            y: c
          },
          field {
            x: b
            y: d
          }
        }
        """,
        (Subfields("field", ("x", DifferentFieldsReason("a", "b")), ("y", DifferentFieldsReason("c", "d"))),
            [(2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)]));

    [Fact]
    public void A_very_deep_conflict_names_every_level() => ExpectErrorsWithLocations(Rule, """
        {
          field {
            deepField {
              x: a
            }
          },
          field {
            deepField {
              x: b
            }
          }
        }
        """,
        (Subfields("field", ("deepField", $"subfields \"x\" conflict because {DifferentFieldsReason("a", "b")}")),
            [(2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)]));

    [Fact]
    public void A_deep_conflict_is_reported_at_the_nearest_common_ancestor() => ExpectErrorsWithLocations(Rule, """
        {
          field {
            deepField {
              x: a
            }
            deepField {
              x: b
            }
          },
          field {
            deepField {
              y
            }
          }
        }
        """,
        (Subfields("deepField", ("x", DifferentFieldsReason("a", "b"))), [(3, 5), (4, 7), (6, 5), (7, 7)]));

    [Fact]
    public void A_deep_conflict_in_a_fragment_is_reported_at_the_nearest_common_ancestor() => ExpectErrorsWithLocations(Rule, """
        {
          field {
            ...F
          }
          field {
            ...F
          }
        }

        fragment F on T {
          deepField {
            deeperField {
              x: a
            }
            deeperField {
              x: b
            }
          },
          deepField {
            deeperField {
              y
            }
          }
        }
        """,
        (Subfields("deeperField", ("x", DifferentFieldsReason("a", "b"))), [(12, 5), (13, 7), (15, 5), (16, 7)]));

    [Fact]
    public void A_deep_conflict_in_nested_fragments_is_reported() => ExpectErrorsWithLocations(Rule, """
        {
          field {
            ...I
          }
          field {
            ...F
          }
        }

        fragment F on T {
          x: a
          ...G
        }

        fragment G on T {
          y: c
        }

        fragment I on T {
          y: d
          ...J
        }

        fragment J on T {
          x: b
        }
        """,
        (Subfields("field", ("y", DifferentFieldsReason("d", "c")), ("x", DifferentFieldsReason("b", "a"))),
            [(2, 3), (20, 3), (25, 3), (5, 3), (16, 3), (11, 3)]));

    [Fact]
    public void Sub_fields_of_a_field_and_of_a_fragment_are_compared() => ExpectErrorsWithLocations(Rule, """
        {
          dog {
            owner { name }
            ...Owner
          }
        }

        fragment Owner on Dog {
          owner { name: iq }
        }
        """,
        (Subfields("owner", ("name", DifferentFieldsReason("name", "iq"))), [(3, 5), (3, 13), (9, 3), (9, 11)]));

    // -- Response shapes -----------------------------------------------------------------------------------------------

    // An object could be both an IntBox and a NonNullStringBox1 in some later schema, so these may meet.
    [Fact]
    public void Conflicting_return_types_on_possibly_overlapping_types_conflict() => ExpectErrorsWithLocations(BoxSdl, Rule, """
        {
          someBox {
            ...on IntBox {
              scalar
            }
            ...on NonNullStringBox1 {
              scalar
            }
          }
        }
        """,
        (ConflictingTypes("scalar", "Int", "String!"), [(4, 7), (7, 7)]));

    [Fact]
    public void Compatible_shapes_of_different_return_types_are_valid() => ExpectValid(BoxSdl, Rule, """
        {
          someBox {
            ... on SomeBox {
              deepBox {
                unrelatedField
              }
            }
            ... on StringBox {
              deepBox {
                unrelatedField
              }
            }
          }
        }
        """);

    [Fact]
    public void Differing_leaf_types_conflict_even_on_exclusive_types() => ExpectErrorsWithLocations(BoxSdl, Rule, """
        {
          someBox {
            ... on IntBox {
              scalar
            }
            ... on StringBox {
              scalar
            }
          }
        }
        """,
        (ConflictingTypes("scalar", "Int", "String"), [(4, 7), (7, 7)]));

    [Fact]
    public void Differing_nullability_conflicts_even_on_exclusive_types() => ExpectErrorsWithLocations(BoxSdl, Rule, """
        {
          someBox {
            ... on NonNullStringBox1 {
              scalar
            }
            ... on StringBox {
              scalar
            }
          }
        }
        """,
        (ConflictingTypes("scalar", "String!", "String"), [(4, 7), (7, 7)]));

    [Fact]
    public void Differing_list_shapes_conflict_either_way_round() => ExpectErrorsWithLocations(BoxSdl, Rule, """
        {
          someBox {
            ... on IntBox {
              box: listStringBox {
                scalar
              }
            }
            ... on StringBox {
              box: stringBox {
                scalar
              }
            }
          }
          other: someBox {
            ... on IntBox {
              box: stringBox {
                scalar
              }
            }
            ... on StringBox {
              box: listStringBox {
                scalar
              }
            }
          }
        }
        """,
        (ConflictingTypes("box", "[StringBox]", "StringBox"), [(4, 7), (9, 7)]),
        (ConflictingTypes("box", "StringBox", "[StringBox]"), [(16, 7), (21, 7)]));

    [Fact]
    public void Differing_sub_fields_within_one_field_are_reported_there() => ExpectErrorsWithLocations(BoxSdl, Rule, """
        {
          someBox {
            ... on IntBox {
              box: stringBox {
                val: scalar
                val: unrelatedField
              }
            }
            ... on StringBox {
              box: stringBox {
                val: scalar
              }
            }
          }
        }
        """,
        (DifferentFields("val", "scalar", "unrelatedField"), [(5, 9), (6, 9)]));

    [Fact]
    public void Differing_deep_return_types_conflict_even_on_exclusive_types() => ExpectErrorsWithLocations(BoxSdl, Rule, """
        {
          someBox {
            ... on IntBox {
              box: stringBox {
                scalar
              }
            }
            ... on StringBox {
              box: intBox {
                scalar
              }
            }
          }
        }
        """,
        (Subfields("box", ("scalar", "they return conflicting types \"String\" and \"Int\"")), [(4, 7), (5, 9), (9, 7), (10, 9)]));

    [Fact]
    public void Non_conflicting_overlapping_types_are_valid() => ExpectValid(BoxSdl, Rule, """
        {
          someBox {
            ... on IntBox {
              scalar: unrelatedField
            }
            ... on StringBox {
              scalar
            }
          }
        }
        """);

    [Fact]
    public void The_same_wrapped_scalar_type_is_valid() => ExpectValid(BoxSdl, Rule, """
        {
          someBox {
            ...on NonNullStringBox1 {
              scalar
            }
            ...on NonNullStringBox2 {
              scalar
            }
          }
        }
        """);

    [Fact]
    public void Deep_types_are_compared_through_lists() => ExpectErrorsWithLocations(BoxSdl, Rule, """
        {
          connection {
            ...edgeID
            edges {
              node {
                id: name
              }
            }
          }
        }

        fragment edgeID on Connection {
          edges {
            node {
              id
            }
          }
        }
        """,
        (Subfields("edges", ("node", $"subfields \"id\" conflict because {DifferentFieldsReason("name", "id")}")),
            [(4, 5), (5, 7), (6, 9), (13, 3), (14, 5), (15, 7)]));

    [Fact]
    public void Unknown_types_are_ignored() => ExpectValid(BoxSdl, Rule, """
        {
          someBox {
            ...on UnknownType {
              scalar
            }
            ...on NonNullStringBox2 {
              scalar
            }
          }
        }
        """);

    // A comparison made for exclusive parents must not stand in for a later one made for overlapping parents.
    [Fact]
    public void A_non_exclusive_comparison_after_an_exclusive_one_is_still_made() => ExpectErrorsWithLocations(BoxSdl, Rule, """
        {
          someBox {
            ... on IntBox {
              deepBox {
                ...X
              }
            }
          }
          someBox {
            ... on StringBox {
              deepBox {
                ...Y
              }
            }
          }
          memoed: someBox {
            ... on IntBox {
              deepBox {
                ...X
              }
            }
          }
          memoed: someBox {
            ... on StringBox {
              deepBox {
                ...Y
              }
            }
          }
          other: someBox {
            ...X
          }
          other: someBox {
            ...Y
          }
        }

        fragment X on SomeBox {
          scalar
        }

        fragment Y on SomeBox {
          scalar: unrelatedField
        }
        """,
        (Subfields("other", ("scalar", DifferentFieldsReason("scalar", "unrelatedField"))), [(30, 3), (39, 3), (33, 3), (43, 3)]));

    // -- Recursive fragments -------------------------------------------------------------------------------------------

    [Fact]
    public void A_recursive_fragment_does_not_loop() => ExpectValid(Rule, """
        {
          human { ...fragA }
        }

        fragment fragA on Human { name, relatives { name, ...fragA } }
        """);

    [Fact]
    public void An_immediately_recursive_fragment_does_not_loop() => ExpectValid(Rule, """
        {
          human { ...fragA }
        }

        fragment fragA on Human { name, ...fragA }
        """);

    [Fact]
    public void A_recursive_fragment_beside_a_field_of_its_name_does_not_loop() => ExpectValid(Rule, """
        {
          ...fragA
          fragA
        }

        fragment fragA on Query { ...fragA }
        """);

    [Fact]
    public void A_conflict_with_a_field_named_after_the_fragment_is_found() => ExpectErrorsWithLocations(Rule, """
        {
          fragA
          ...fragA
        }

        fragment fragA on Type {
          fragA: b
        }
        """,
        (DifferentFields("fragA", "fragA", "b"), [(2, 3), (7, 3)]));

    [Fact]
    public void A_transitively_recursive_fragment_does_not_loop() => ExpectValid(Rule, """
        {
          human {
            ...fragA
            fragB
          }
        }

        fragment fragA on Human { name, ...fragB }
        fragment fragB on Human { name, ...fragC }
        fragment fragC on Human { name, ...fragA }
        """);

    [Fact]
    public void A_conflict_inside_an_immediately_recursive_fragment_is_found() => ExpectErrorsWithLocations(Rule, """
        fragment sameAliasesWithDifferentFieldTargets on Dog {
          ...sameAliasesWithDifferentFieldTargets
          fido: name
          fido: nickname
        }
        """,
        (DifferentFields("fido", "name", "nickname"), [(3, 3), (4, 3)]));

    [Fact]
    public void Recursive_fragments_separated_by_fields_do_not_loop() => ExpectValid(Rule, """
        {
          ...fragA
          ...fragB
        }

        fragment fragA on T {
          x {
            ...fragA
            x {
              ...fragA
            }
          }
        }

        fragment fragB on T {
          x {
            ...fragB
            x {
              ...fragB
            }
          }
        }
        """);

    // -- Limits --------------------------------------------------------------------------------------------------------

    // Each fragment spreads the next three times: expanded, the document would hold 3^40 selections.
    [Fact]
    public void Fragments_spread_many_times_are_compared_in_polynomial_time()
    {
        var stopwatch = Stopwatch.StartNew();
        var errors = Validate(TestSchema.Schema, FragmentTower(40, "name"), Rule);
        stopwatch.Stop();

        errors.Should().BeEmpty();
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_conflict_at_the_bottom_of_many_spreads_is_found_quickly()
    {
        var stopwatch = Stopwatch.StartNew();
        var errors = Validate(TestSchema.Schema, FragmentTower(40, "name: nickname"), Rule);
        stopwatch.Stop();

        // One conflict between the mother chains, then one per fragment whose "name" meets the bottom's.
        errors.Should().HaveCount(41);
        errors[0].Message.Should().StartWith("Fields \"mother\" conflict because subfields \"mother\" conflict");
        errors[1].Message.Should().Be(DifferentFields("name", "name", "nickname"));
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    private static string FragmentTower(int height, string bottom)
    {
        var document = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < height; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Dog {{ name ...F{i + 1} mother {{ ...F{i + 1} }} father {{ ...F{i + 1} }} }}\n");
        }

        return document.Append(CultureInfo.InvariantCulture, $"fragment F{height} on Dog {{ {bottom} }}\n").ToString();
    }

    [Fact]
    public void A_document_too_costly_to_compare_is_aborted()
    {
        var document = new StringBuilder("{ complicatedArgs {\n");
        for (var i = 0; i < 1000; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"  intArgField(intArg: {i})\n");
        }

        document.Append("} }");
        var errors = Validate(TestSchema.Schema, document.ToString(), Rule);

        errors.Should().ContainSingle().Which.Message.Should().Be(OverlappingFieldsCanBeMergedRule.AbortedMessage);
        errors[0].Locations.Should().BeEmpty();
    }

    [Fact]
    public void Locations_of_sub_field_conflicts_are_capped_per_side()
    {
        var left = new StringBuilder();
        var right = new StringBuilder();
        for (var i = 0; i < 30; i++)
        {
            left.Append(CultureInfo.InvariantCulture, $" f{i}: name");
            right.Append(CultureInfo.InvariantCulture, $" f{i}: nickname");
        }

        var errors = Validate(TestSchema.Schema, $"{{ dog {{ owner: mother {{{left} }} owner: mother {{{right} }} }} }}", Rule);

        errors.Should().ContainSingle().Which.Locations.Should().HaveCount(40);
    }

    [Fact]
    public void Long_reasons_are_abbreviated()
    {
        var subfieldConflicts = new (string, string)[100];
        for (var i = 0; i < subfieldConflicts.Length; i++)
        {
            subfieldConflicts[i] = ($"field{i}", DifferentFieldsReason("a", "b"));
        }

        var reason = OverlappingFieldsCanBeMergedRule.SubfieldsReason(subfieldConflicts);

        reason.Should().HaveLength(1003).And.EndWith("...");
    }
}
