using System.Globalization;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    private static readonly IType Int = Scalars.Int;
    private static readonly IType NonNullInt = new NonNullType(Scalars.Int);
    private static readonly IType NonNullBoolean = new NonNullType(Scalars.Boolean);
    private static readonly IType ComplexInput = TestSchema.Schema.GetType("ComplexInput")!;

    // A scalar whose literal coercion rejects odd numbers with its own message, and fails on other literals with
    // exceptions that are not coercion failures.
    private static readonly Schema EvenSchema = new SchemaBuilder()
        .AddTypeDefinitions("scalar Even type Query { even(value: Even): Boolean }")
        .AddType(new CustomScalarType("Even", coerceInputLiteral: static (literal, _) => literal switch
        {
            IntValueNode { Value: var text } when int.Parse(text, CultureInfo.InvariantCulture) % 2 == 0 => int.Parse(text, CultureInfo.InvariantCulture),
            IntValueNode => throw new GraphQLCoercionException("Even cannot represent an odd number: " + ((IntValueNode)literal).Value),
            StringValueNode => throw new FormatException("Even takes a number, not a string."),
            _ => throw new InvalidOperationException("Even takes one number."),
        }))
        .Build();

    // -- Valid scalar and enum literals --------------------------------------------------------------------------------

    [Fact]
    public void Literals_of_every_built_in_scalar_are_valid() => ExpectValid(Rule, """"
        {
          complicatedArgs {
            intArgField(intArg: 2)
            negative: intArgField(intArg: -2147483648)
            booleanArgField(booleanArg: true)
            stringArgField(stringArg: "foo")
            block: stringArgField(stringArg: """block""")
            floatArgField(floatArg: 1.1)
            intIntoFloat: floatArgField(floatArg: 1)
            idArgField(idArg: "someIdString")
            intIntoId: idArgField(idArg: 1)
          }
        }
        """");

    [Fact]
    public void Enum_values_and_null_for_nullable_arguments_are_valid() => ExpectValid(Rule, """
        {
          dog { doesKnowCommand(dogCommand: SIT) }
          complicatedArgs {
            enumArgField(enumArg: UNKNOWN)
            intArgField(intArg: null)
            enumNull: enumArgField(enumArg: null)
            stringListArgField(stringListArg: null)
            complexArgField(complexArg: null)
          }
        }
        """);

    [Fact]
    public void Valid_literals_of_provided_scalars_are_valid() => ExpectValid(Rule, """
        {
          complicatedArgs {
            uuidArgField(uuidArg: "123e4567-e89b-12d3-a456-426614174000")
            dateTimeArgField(dateTimeArg: "2024-02-29T12:30:00Z")
            dateArgField(dateArg: "2024-02-29")
            longArgField(longArg: 9223372036854775807)
            decimalArgField(decimalArg: 12.50)
            urlArgField(urlArg: "anything at all")
            jsonArgField(jsonArg: {a: [1, "two", {three: 3.0}], b: null, c: ENUM_LIKE})
          }
        }
        """);

    [Fact]
    public void Variables_inside_a_JSON_literal_are_valid() => ExpectValid(Rule, """
        query ($v: Int) {
          complicatedArgs {
            jsonArgField(jsonArg: {a: $v, b: [$v]})
          }
        }
        """);

    [Fact]
    public void Variables_are_not_checked_here() => ExpectValid(Rule, """
        query ($s: String, $b: Boolean) {
          complicatedArgs {
            intArgField(intArg: $s)
            complexArgField(complexArg: {requiredField: $b, intField: $s})
            stringListArgField(stringListArg: [$b, $s])
          }
        }
        """);

    // -- Invalid scalar literals ---------------------------------------------------------------------------------------

    [Fact]
    public void Wrong_literals_for_Int_are_reported_with_the_scalars_message() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            a: intArgField(intArg: "3")
            b: intArgField(intArg: 829384293849283498239482938)
            c: intArgField(intArg: FOO)
            d: intArgField(intArg: 3.0)
            e: intArgField(intArg: 3.333)
            f: intArgField(intArg: true)
          }
        }
        """,
        ("Int cannot represent non-integer value: \"3\"", 3, 28),
        ("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", 4, 28),
        ("Int cannot represent non-integer value: FOO", 5, 28),
        ("Int cannot represent non-integer value: 3.0", 6, 28),
        ("Int cannot represent non-integer value: 3.333", 7, 28),
        ("Int cannot represent non-integer value: true", 8, 28));

    [Fact]
    public void Wrong_literals_for_Float_String_Boolean_and_ID_are_reported() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            floatArgField(floatArg: "3.333")
            f2: floatArgField(floatArg: true)
            f3: floatArgField(floatArg: FOO)
            stringArgField(stringArg: 1)
            s2: stringArgField(stringArg: 1.0)
            s3: stringArgField(stringArg: true)
            s4: stringArgField(stringArg: BAR)
            booleanArgField(booleanArg: 2)
            b2: booleanArgField(booleanArg: "true")
            b3: booleanArgField(booleanArg: TRUE)
            idArgField(idArg: 1.0)
            i2: idArgField(idArg: true)
            i3: idArgField(idArg: SOMETHING)
          }
        }
        """,
        ("Float cannot represent non numeric value: \"3.333\"", 3, 29),
        ("Float cannot represent non numeric value: true", 4, 33),
        ("Float cannot represent non numeric value: FOO", 5, 33),
        ("String cannot represent a non string value: 1", 6, 31),
        ("String cannot represent a non string value: 1.0", 7, 35),
        ("String cannot represent a non string value: true", 8, 35),
        ("String cannot represent a non string value: BAR", 9, 35),
        ("Boolean cannot represent a non boolean value: 2", 10, 33),
        ("Boolean cannot represent a non boolean value: \"true\"", 11, 37),
        ("Boolean cannot represent a non boolean value: TRUE", 12, 37),
        ("ID cannot represent a non-string and non-integer value: 1.0", 13, 23),
        ("ID cannot represent a non-string and non-integer value: true", 14, 27),
        ("ID cannot represent a non-string and non-integer value: SOMETHING", 15, 27));

    // Unlike graphql-js, which knows nothing of these scalars and accepts any literal, the provided scalars check
    // their literals.
    [Fact]
    public void Provided_scalars_check_their_literals() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            uuidArgField(uuidArg: "not-a-uuid")
            dateArgField(dateArg: "2023-02-29")
            longArgField(longArg: 9223372036854775808)
            u2: uuidArgField(uuidArg: 7)
          }
        }
        """,
        (UuidFailure("\"not-a-uuid\""), 3, 27),
        (DateFailure("\"2023-02-29\""), 4, 27),
        ("Long cannot represent non 64-bit signed integer value: 9223372036854775808", 5, 27),
        ("UUID cannot represent a non string value: 7", 6, 31));

    [Fact]
    public void A_custom_scalar_decides_which_literals_it_accepts() => ExpectErrors(EvenSchema, Rule, """
        {
          a: even(value: 2)
          b: even(value: 3)
          c: even(value: "four")
          d: even(value: [2, 4])
        }
        """,
        ("Even cannot represent an odd number: 3", 3, 18),
        (ValuesOfCorrectTypeRule.BadValueMessage(EvenSchema.GetType("Even")!, "\"four\"", "Even takes a number, not a string."), 4, 18),
        (ValuesOfCorrectTypeRule.BadValueMessage(EvenSchema.GetType("Even")!, "[2, 4]", "Even takes one number."), 5, 18));

    // -- Enums ---------------------------------------------------------------------------------------------------------

    [Fact]
    public void Wrong_literals_for_enums_are_reported_with_suggestions() => ExpectErrors(Rule, """
        {
          dog {
            a: doesKnowCommand(dogCommand: 2)
            b: doesKnowCommand(dogCommand: 1.0)
            c: doesKnowCommand(dogCommand: "SIT")
            d: doesKnowCommand(dogCommand: true)
            e: doesKnowCommand(dogCommand: JUGGLE)
            f: doesKnowCommand(dogCommand: sit)
            g: doesKnowCommand(dogCommand: HEAL)
          }
        }
        """,
        (ValuesOfCorrectTypeRule.EnumValueMessage("Enum \"DogCommand\" cannot represent non-enum value: 2.", []), 3, 36),
        (ValuesOfCorrectTypeRule.EnumValueMessage("Enum \"DogCommand\" cannot represent non-enum value: 1.0.", []), 4, 36),
        (ValuesOfCorrectTypeRule.EnumValueMessage("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\".", ["SIT"]), 5, 36),
        (ValuesOfCorrectTypeRule.EnumValueMessage("Enum \"DogCommand\" cannot represent non-enum value: true.", []), 6, 36),
        (ValuesOfCorrectTypeRule.EnumValueMessage("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", []), 7, 36),
        (ValuesOfCorrectTypeRule.EnumValueMessage("Value \"sit\" does not exist in \"DogCommand\" enum.", ["SIT"]), 8, 36),
        (ValuesOfCorrectTypeRule.EnumValueMessage("Value \"HEAL\" does not exist in \"DogCommand\" enum.", ["HEEL"]), 9, 36));

    [Fact]
    public void A_wrong_value_for_a_directive_argument_is_reported() => ExpectErrors(Rule, """
        {
          dog @include(if: "yes") {
            name @skip(if: ENUM) @log(level: info)
          }
        }
        """,
        ("Boolean cannot represent a non boolean value: \"yes\"", 2, 20),
        ("Boolean cannot represent a non boolean value: ENUM", 3, 20),
        (ValuesOfCorrectTypeRule.EnumValueMessage("Value \"info\" does not exist in \"LogLevel\" enum.", ["INFO"]), 3, 38));

    // -- Lists ---------------------------------------------------------------------------------------------------------

    [Fact]
    public void Lists_of_the_right_items_are_valid() => ExpectValid(Rule, """
        {
          complicatedArgs {
            stringListArgField(stringListArg: ["one", null, "two"])
            empty: stringListArgField(stringListArg: [])
            single: stringListArgField(stringListArg: "one")
            nonNullStringListNonNullArgField(nonNullStringListNonNullArg: ["one"])
            nestedListArgField(matrix: [[1, 2], [3]])
            coerced: nestedListArgField(matrix: 1)
          }
        }
        """);

    [Fact]
    public void Wrong_list_items_are_reported_one_by_one() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            stringListArgField(stringListArg: ["one", 2])
            single: stringListArgField(stringListArg: 1)
            stringListNonNullArgField(stringListNonNullArg: ["one", null])
            nestedListArgField(matrix: [[1, "2"], 3, null, [null]])
          }
        }
        """,
        ("String cannot represent a non string value: 2", 3, 47),
        ("String cannot represent a non string value: 1", 4, 47),
        (ValuesOfCorrectTypeRule.BadValueMessage(new NonNullType(Scalars.String), "null"), 5, 61),
        ("Int cannot represent non-integer value: \"2\"", 6, 37),
        (ValuesOfCorrectTypeRule.BadValueMessage(new NonNullType(new ListType(NonNullInt)), "null"), 6, 46),
        (ValuesOfCorrectTypeRule.BadValueMessage(NonNullInt, "null"), 6, 53));

    [Fact]
    public void A_list_for_a_single_value_is_reported_as_a_whole() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            intArgField(intArg: [1, 2])
            enumArgField(enumArg: [BROWN])
            complexArgField(complexArg: [{requiredField: true}])
            nonNullIntArgField(nonNullIntArg: [1])
          }
        }
        """,
        ("Int cannot represent non-integer value: [1, 2]", 3, 25),
        (ValuesOfCorrectTypeRule.EnumValueMessage("Enum \"FurColor\" cannot represent non-enum value: [BROWN].", ["BROWN"]), 4, 27),
        (ValuesOfCorrectTypeRule.BadValueMessage(ComplexInput, "[{requiredField: true}]"), 5, 33),
        ("Int cannot represent non-integer value: [1]", 6, 39));

    // -- Non-null ------------------------------------------------------------------------------------------------------

    [Fact]
    public void Null_for_a_non_null_argument_is_reported() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: null)
            multipleReqs(req1: 1, req2: null)
            nonNullStringListArgField(nonNullStringListArg: null)
          }
          dog @skip(if: null) { name }
        }
        """,
        (ValuesOfCorrectTypeRule.BadValueMessage(NonNullInt, "null"), 3, 39),
        (ValuesOfCorrectTypeRule.BadValueMessage(NonNullInt, "null"), 4, 33),
        (ValuesOfCorrectTypeRule.BadValueMessage(new NonNullType(new ListType(Scalars.String)), "null"), 5, 53),
        (ValuesOfCorrectTypeRule.BadValueMessage(NonNullBoolean, "null"), 7, 17));

    // -- Input objects -------------------------------------------------------------------------------------------------

    [Fact]
    public void Input_objects_with_required_and_optional_fields_are_valid() => ExpectValid(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: {requiredField: true})
            full: complexArgField(complexArg: {
              requiredField: false, nonNullField: true, intField: 4, stringField: "s", booleanField: null,
              stringListField: ["a", null], enumField: TAN, nested: {requiredField: true, nested: {requiredField: false}}
            })
          }
          findDog(searchBy: {name: "Rex"}) { name }
        }
        """);

    [Fact]
    public void A_missing_required_field_is_reported_at_the_object() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: {intField: 4})
            nested: complexArgField(complexArg: {requiredField: true, nested: {}})
          }
        }
        """,
        (ValuesOfCorrectTypeRule.MissingRequiredFieldMessage("ComplexInput", "requiredField", NonNullBoolean), 3, 33),
        (ValuesOfCorrectTypeRule.MissingRequiredFieldMessage("ComplexInput", "requiredField", NonNullBoolean), 4, 71));

    [Fact]
    public void Null_for_a_required_field_is_reported_at_the_null() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: {requiredField: null, nonNullField: null})
          }
        }
        """,
        (ValuesOfCorrectTypeRule.BadValueMessage(NonNullBoolean, "null"), 3, 49),
        (ValuesOfCorrectTypeRule.BadValueMessage(NonNullBoolean, "null"), 3, 69));

    [Fact]
    public void Wrong_field_values_are_reported_at_the_value() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: {requiredField: "yes", stringListField: ["a", 2], enumField: "TAN"})
          }
        }
        """,
        ("Boolean cannot represent a non boolean value: \"yes\"", 3, 49),
        ("String cannot represent a non string value: 2", 3, 79),
        (ValuesOfCorrectTypeRule.EnumValueMessage("Enum \"FurColor\" cannot represent non-enum value: \"TAN\".", ["TAN"]), 3, 94));

    [Fact]
    public void Unknown_fields_are_reported_with_suggestions() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: {requiredField: true, invalidField: "value", intFeld: 1, StringField: "s"})
          }
          findDog(searchBy: {nmae: "Rex"}) { name }
        }
        """,
        (ValuesOfCorrectTypeRule.UnknownFieldMessage("invalidField", "ComplexInput", ["intField"]), 3, 55),
        (ValuesOfCorrectTypeRule.UnknownFieldMessage("intFeld", "ComplexInput", ["intField"]), 3, 78),
        (ValuesOfCorrectTypeRule.UnknownFieldMessage("StringField", "ComplexInput", ["stringField", "intField", "stringListField"]), 3, 90),
        (ValuesOfCorrectTypeRule.UnknownFieldMessage("nmae", "FindDogInput", ["name"]), 5, 22));

    [Fact]
    public void A_scalar_for_an_input_object_is_reported() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            complexArgField(complexArg: "object")
            nonNullComplexArgField(complexArg: 1)
          }
        }
        """,
        (ValuesOfCorrectTypeRule.BadValueMessage(ComplexInput, "\"object\""), 3, 33),
        (ValuesOfCorrectTypeRule.BadValueMessage(new NonNullType((IInputType)ComplexInput), "1"), 4, 40));

    [Fact]
    public void An_object_for_a_scalar_is_reported_as_a_whole() => ExpectErrors(Rule, """
        {
          complicatedArgs {
            intArgField(intArg: {value: 1})
            stringArgField(stringArg: {})
          }
        }
        """,
        ("Int cannot represent non-integer value: {value: 1}", 3, 25),
        ("String cannot represent a non string value: {}", 4, 31));

    // -- OneOf input objects -------------------------------------------------------------------------------------------

    [Fact]
    public void A_OneOf_value_with_exactly_one_non_null_field_is_valid() => ExpectValid(Rule, """
        query ($id: ID!) {
          a: findPet(by: {id: "1"}) { name }
          b: findPet(by: {owner: {name: "Ann"}}) { name }
          c: findPet(by: {id: $id}) { name }
          complicatedArgs { oneOfArgField(oneOfArg: null) }
        }
        """);

    [Fact]
    public void A_OneOf_value_must_give_exactly_one_field() => ExpectErrors(Rule, """
        {
          a: findPet(by: {id: "1", name: "Rex"}) { name }
          b: findPet(by: {}) { name }
        }
        """,
        (ValuesOfCorrectTypeRule.OneOfKeyCountMessage("PetByInput"), 2, 18),
        (ValuesOfCorrectTypeRule.OneOfKeyCountMessage("PetByInput"), 3, 18));

    [Fact]
    public void A_OneOf_field_must_not_be_null() => ExpectErrors(Rule, """
        {
          findPet(by: {name: null}) { name }
        }
        """,
        (ValuesOfCorrectTypeRule.OneOfNullFieldMessage("PetByInput", "name"), 2, 15));

    [Fact]
    public void A_OneOf_value_repeating_one_field_counts_the_last() => ExpectErrors(Rule, """
        {
          a: findPet(by: {id: "1", id: null}) { name }
          b: findPet(by: {id: null, id: "1"}) { name }
        }
        """,
        (ValuesOfCorrectTypeRule.OneOfNullFieldMessage("PetByInput", "id"), 2, 18));

    [Fact]
    public void Fields_inside_a_OneOf_value_are_checked_too() => ExpectErrors(Rule, """
        {
          a: findPet(by: {nickname: "Rex"}) { name }
          b: findPet(by: {owner: {age: 3}}) { name }
          c: findPet(by: {name: 1}) { name }
        }
        """,
        (ValuesOfCorrectTypeRule.UnknownFieldMessage("nickname", "PetByInput", ["name"]), 2, 19),
        (ValuesOfCorrectTypeRule.MissingRequiredFieldMessage("OwnerInput", "name", new NonNullType(Scalars.String)), 3, 26),
        ("String cannot represent a non string value: 1", 4, 25));

    // -- Variable default values ---------------------------------------------------------------------------------------

    [Fact]
    public void Variable_default_values_of_the_right_type_are_valid() => ExpectValid(Rule, """
        query WithDefaultValues(
          $a: Int = 1,
          $b: String = "ok",
          $c: ComplexInput = {requiredField: true, intField: 3},
          $d: Int! = 123,
          $e: [String] = ["a", "b"],
          $f: [String] = "single",
          $g: PetByInput = {id: 1}
        ) {
          dog { name }
        }
        """);

    [Fact]
    public void Variable_default_values_of_the_wrong_type_are_reported() => ExpectErrors(Rule, """
        query InvalidDefaultValues(
          $a: Int = "one",
          $b: String = 4,
          $c: ComplexInput = "NotVeryComplex",
          $d: ComplexInput = {requiredField: 123, intField: "abc"},
          $e: Int! = null,
          $f: [String] = ["one", 2],
          $g: PetByInput = {id: 1, name: "x"},
          $h: ComplexInput = {intField: 3}
        ) {
          dog { name }
        }
        """,
        ("Int cannot represent non-integer value: \"one\"", 2, 13),
        ("String cannot represent a non string value: 4", 3, 16),
        (ValuesOfCorrectTypeRule.BadValueMessage(ComplexInput, "\"NotVeryComplex\""), 4, 22),
        ("Boolean cannot represent a non boolean value: 123", 5, 38),
        ("Int cannot represent non-integer value: \"abc\"", 5, 53),
        (ValuesOfCorrectTypeRule.BadValueMessage(NonNullInt, "null"), 6, 14),
        ("String cannot represent a non string value: 2", 7, 26),
        (ValuesOfCorrectTypeRule.OneOfKeyCountMessage("PetByInput"), 8, 20),
        (ValuesOfCorrectTypeRule.MissingRequiredFieldMessage("ComplexInput", "requiredField", NonNullBoolean), 9, 22));

    [Fact]
    public void Values_where_nothing_is_expected_are_not_checked() => ExpectValid(Rule, """
        query ($v: UnknownType = {a: 1}) {
          dog { doesKnowCommand(unknownArg: "x", dogCommand: SIT) @unknown(a: 1) }
          unknownField(arg: [1, "2"]) { whatever(x: 3) }
        }
        """);

    [Fact]
    public void Descriptions_are_not_values() => ExpectValid(Rule, """
        "An operation."
        query Q("A variable." $v: Int = 1) {
          dog { name }
        }

        "A fragment."
        fragment F on Dog { name }
        """);

    [Fact]
    public void Expected_value_messages_name_the_declared_type() =>
        ValuesOfCorrectTypeRule.BadValueMessage(new ListType(Int), "{}").Should().Be("Expected value of type \"[Int]\", found {}.");

    private static string UuidFailure(string literal) => FailureOf(Scalars.Uuid, literal);

    private static string DateFailure(string literal) => FailureOf(Scalars.Date, literal);

    private static string FailureOf(ScalarType scalar, string literal)
    {
        var act = () => scalar.CoerceInputLiteral(GraphQL.Language.Parser.ParseValue(literal));
        return act.Should().Throw<GraphQLCoercionException>().Which.Message;
    }
}
