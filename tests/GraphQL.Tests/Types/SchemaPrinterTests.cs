using System.Runtime.CompilerServices;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary>
/// <see cref="SchemaPrinter"/>: the printing rules of graphql-js 16's <c>printSchema</c>, one test per rule, and round
/// trips. <c>scripts/checks/sdl-crosscheck.sh</c> compares the same output with graphql-js itself.
/// </summary>
public sealed class SchemaPrinterTests
{
    private static readonly SchemaPrinterOptions WithAppliedDirectives = new() { IncludeAppliedDirectives = true };

    public static TheoryData<string> CorpusFiles() =>
        [.. Directory.GetFiles(CorpusDirectory(), "*.graphql").Order(StringComparer.Ordinal).Select(file => Path.GetFileName(file))];

    // ---------------------------------------------------------------------------------------------------------------
    // Round trips: print(build(print(build(sdl)))) == print(build(sdl))
    // ---------------------------------------------------------------------------------------------------------------

    [Fact]
    public void The_test_schema_round_trips() => ShouldRoundTrip(TestSchema.Sdl);

    [Fact]
    public void The_test_schema_round_trips_with_applied_directives() => ShouldRoundTrip(TestSchema.Sdl, WithAppliedDirectives);

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_cross_check_corpus_file_round_trips(string file) =>
        ShouldRoundTrip(File.ReadAllText(Path.Combine(CorpusDirectory(), file)));

    [Theory]
    [InlineData("type Query { a(x: [Int] = 1, y: Float = 1.0): String }")]
    [InlineData("""schema { query: Q } type Q { a: Int } "d" type Mutation { b: Int }""")]
    [InlineData("""interface A { a: Int } interface B implements A { a: Int } type Query implements B & A { a: Int }""")]
    [InlineData("""input I { a: Int = 1, b: I } type Query { f(i: I = {b: {}}): Int }""")]
    [InlineData("""directive @d("x" x: Int = 2 @deprecated, y: [String!] = "s") repeatable on FIELD | QUERY type Query { a: Int }""")]
    [InlineData("type Query { \"\"\"  lead\n  indented\"\"\" a: Int, \"tab\\tand \\\"\\\"\\\" quotes\\\\\" b: Int }")]
    [InlineData("""input O @oneOf { a: Int, b: String } scalar S @specifiedBy(url: "u") union U = Query type Query { o(o: O): S, u: U }""")]
    public void Focused_snippets_round_trip(string sdl)
    {
        ShouldRoundTrip(sdl);
        ShouldRoundTrip(sdl, WithAppliedDirectives);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // What is printed, and in which order
    // ---------------------------------------------------------------------------------------------------------------

    [Fact]
    public void Built_in_scalars_and_directives_are_left_out_and_there_is_no_trailing_newline() =>
        Print("""
            scalar Int
            directive @custom on FIELD
            type Query { a: String, b: Int, c: Float, d: Boolean, e: ID }
            """).Should().Be("""
            directive @custom on FIELD

            type Query {
              a: String
              b: Int
              c: Float
              d: Boolean
              e: ID
            }
            """);

    [Fact]
    public void Directives_come_first_then_types_in_schema_order()
    {
        const string sdl = """
            type Zebra { a: Int }
            directive @b on FIELD
            type Query { z: Zebra, m: Mango }
            enum Mango { RIPE }
            directive @a on FIELD
            scalar Alpha
            """;

        Print(sdl).Should().Be("""
            directive @b on FIELD

            directive @a on FIELD

            type Zebra {
              a: Int
            }

            type Query {
              z: Zebra
              m: Mango
            }

            enum Mango {
              RIPE
            }

            scalar Alpha
            """);
    }

    [Fact]
    public void Sort_types_orders_types_by_name_and_keeps_directive_and_member_order() =>
        Print("""
            type Zebra { b: Int, a: Int }
            directive @z on FIELD
            directive @a on FIELD
            type Query { z: Zebra }
            scalar alpha
            enum Mango { RIPE, GREEN }
            """, new SchemaPrinterOptions { SortTypes = true }).Should().Be("""
            directive @z on FIELD

            directive @a on FIELD

            enum Mango {
              RIPE
              GREEN
            }

            type Query {
              z: Zebra
            }

            type Zebra {
              b: Int
              a: Int
            }

            scalar alpha
            """);

    [Fact]
    public void Every_kind_of_type_prints_in_its_form() =>
        Print("""
            scalar Money
            interface Node { id: ID! }
            interface Entity implements Node { id: ID! }
            type Query implements Entity & Node { id: ID!, search: Result, kind(k: Kind): Int, find(by: By): Int }
            union Result = Query | Other
            type Other { x: Int }
            enum Kind { A, B }
            input By { id: ID, money: Money }
            """).Should().Be("""
            scalar Money

            interface Node {
              id: ID!
            }

            interface Entity implements Node {
              id: ID!
            }

            type Query implements Entity & Node {
              id: ID!
              search: Result
              kind(k: Kind): Int
              find(by: By): Int
            }

            union Result = Query | Other

            type Other {
              x: Int
            }

            enum Kind {
              A
              B
            }

            input By {
              id: ID
              money: Money
            }
            """);

    // ---------------------------------------------------------------------------------------------------------------
    // The schema block
    // ---------------------------------------------------------------------------------------------------------------

    [Fact]
    public void The_schema_block_is_left_out_when_root_types_have_the_default_names() =>
        Print("""
            schema { query: Query, mutation: Mutation }
            type Query { a: Int }
            type Mutation { b: Int }
            """).Should().StartWith("type Query {");

    [Fact]
    public void The_schema_block_is_printed_when_a_root_type_has_another_name() =>
        Print("""
            schema { query: Query, subscription: Events }
            type Query { a: Int }
            type Events { b: Int }
            """).Should().StartWith("""
            schema {
              query: Query
              subscription: Events
            }

            type Query {
            """);

    [Fact]
    public void The_schema_block_is_printed_when_the_schema_has_a_description() =>
        Print(""""
            "The schema."
            schema { query: Query }
            type Query { a: Int }
            """").Should().StartWith(""""
            """The schema."""
            schema {
              query: Query
            }
            """");

    // ---------------------------------------------------------------------------------------------------------------
    // Descriptions
    // ---------------------------------------------------------------------------------------------------------------

    [Fact]
    public void Descriptions_print_as_block_strings_indented_with_a_blank_line_before_a_described_member() =>
        Print(""""
            "Root."
            type Query {
              "First."
              a: Int
              b: Int
              """
              Third,
                over lines.
              """
              c: Int
            }
            """").Should().Be(""""
            """Root."""
            type Query {
              """First."""
              a: Int
              b: Int

              """
              Third,
                over lines.
              """
              c: Int
            }
            """");

    [Theory]
    [InlineData("Short.", "\"\"\"Short.\"\"\"")]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("Ends with a quote \"", "\"\"\"\nEnds with a quote \"\n\"\"\"")]
    [InlineData("Ends with a backslash \\", "\"\"\"\nEnds with a backslash \\\n\"\"\"")]
    [InlineData("Has \"\"\" inside", "\"\"\"Has \\\"\"\" inside\"\"\"")]
    [InlineData("Ends with \"\"\"", "\"\"\"\nEnds with \\\"\"\"\n\"\"\"")]
    [InlineData("  Starts with spaces", "\"\"\"  Starts with spaces\"\"\"")]
    [InlineData("a\n  b", "\"\"\"\na\n  b\n\"\"\"")]
    [InlineData("Unicode: café ☃ 😀", "\"\"\"Unicode: café ☃ 😀\"\"\"")]
    [InlineData(
        "A description that is longer than seventy characters goes on lines of its own.",
        "\"\"\"\nA description that is longer than seventy characters goes on lines of its own.\n\"\"\"")]
    public void Descriptions_that_a_block_string_can_hold_print_as_one(string description, string expected) =>
        SchemaPrinter.PrintType(new ObjectType("T", description)).Should().Be(expected + "\ntype T");

    [Theory]
    [InlineData("\nLeading line break", "\"\\nLeading line break\"")]
    [InlineData("Trailing line break\n", "\"Trailing line break\\n\"")]
    [InlineData("  every line\n  indented", "\"  every line\\n  indented\"")]
    [InlineData("Carriage\r\nreturn", "\"Carriage\\r\\nreturn\"")]
    [InlineData("Bell \u0007", "\"Bell \\u0007\"")]
    [InlineData("   ", "\"   \"")]
    public void Descriptions_that_no_block_string_can_hold_print_quoted(string description, string expected) =>
        SchemaPrinter.PrintType(new ObjectType("T", description)).Should().Be(expected + "\ntype T");

    // ---------------------------------------------------------------------------------------------------------------
    // Built-in directives: @deprecated, @specifiedBy, @oneOf
    // ---------------------------------------------------------------------------------------------------------------

    [Fact]
    public void Deprecated_prints_its_reason_unless_it_is_the_default_one() =>
        Print("""
            type Query {
              a: Int @deprecated
              b: Int @deprecated(reason: "No longer supported")
              c(old: Int @deprecated(reason: "Use \"new\".")): Int @deprecated(reason: "")
              d(i: In): E
            }
            input In { x: Int = 1 @deprecated(reason: "Gone.") }
            enum E { V @deprecated, W @deprecated(reason: "Why.") }
            """).Should().Be("""
            type Query {
              a: Int @deprecated
              b: Int @deprecated
              c(old: Int @deprecated(reason: "Use \"new\".")): Int @deprecated(reason: "")
              d(i: In): E
            }

            input In {
              x: Int = 1 @deprecated(reason: "Gone.")
            }

            enum E {
              V @deprecated
              W @deprecated(reason: "Why.")
            }
            """);

    [Fact]
    public void Specified_by_prints_its_url_and_one_of_its_marker() =>
        Print("""
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            input By @oneOf { id: ID, url: Url }
            type Query { find(by: By!): Int }
            """).Should().Be("""
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")

            input By @oneOf {
              id: ID
              url: Url
            }

            type Query {
              find(by: By!): Int
            }
            """);

    // ---------------------------------------------------------------------------------------------------------------
    // Directive definitions and argument lists
    // ---------------------------------------------------------------------------------------------------------------

    [Fact]
    public void Directive_definitions_print_repeatable_and_their_locations_joined_by_bars() =>
        SchemaPrinter.PrintDirective(SchemaBuilder.FromSdl(""""
            "Labels."
            directive @tag(name: String!, weight: Int = 1) repeatable on OBJECT | FIELD_DEFINITION | QUERY
            type Query { a: Int }
            """").GetDirectiveDefinition("tag")!).Should().Be(""""
            """Labels."""
            directive @tag(name: String!, weight: Int = 1) repeatable on OBJECT | FIELD_DEFINITION | QUERY
            """");

    [Fact]
    public void Arguments_go_one_per_line_when_any_has_a_description() =>
        Print(""""
            directive @d("First." a: Int, b: Int) on FIELD
            type Query {
              oneLine(a: Int, b: String = "x"): Int
              described(a: Int, "Second." b: Int, "Third." c: Int): Int
              emptyDescriptionDoesNotCount("" a: Int, b: Int): Int
            }
            """").Should().Be(""""
            directive @d(
              """First."""
              a: Int
              b: Int
            ) on FIELD

            type Query {
              oneLine(a: Int, b: String = "x"): Int
              described(
                a: Int

                """Second."""
                b: Int

                """Third."""
                c: Int
              ): Int
              emptyDescriptionDoesNotCount(a: Int, b: Int): Int
            }
            """");

    // ---------------------------------------------------------------------------------------------------------------
    // Default values
    // ---------------------------------------------------------------------------------------------------------------

    [Fact]
    public void Default_values_print_from_their_coerced_value() =>
        Print(""""
            enum Size { SMALL, LARGE }
            input Range { low: Int = 0, high: Int, size: Size = SMALL }
            type Query {
              f(
                list: [Int] = 1
                nested: [[Int]] = [[1], 2]
                range: Range = {high: 3}
                reordered: Range = {size: LARGE, high: 2, low: 1}
                ranges: [Range!] = {}
                enum: [Size] = LARGE
                none: String = null
                text: String = "say \"hi\"\n"
                block: String = """block"""
              ): Int
            }
            """").Should().Contain(
            """f(list: [Int] = [1], nested: [[Int]] = [[1], [2]], range: Range = {low: 0, high: 3, size: SMALL}, """
            + """reordered: Range = {low: 1, high: 2, size: LARGE}, ranges: [Range!] = [{low: 0, size: SMALL}], enum: [Size] = [LARGE], """
            + """none: String = null, text: String = "say \"hi\"\n", block: String = "block"): Int""");

    [Theory]
    [InlineData("Float", "1.0", "1")]
    [InlineData("Float", "1.5", "1.5")]
    [InlineData("Float", "-0.0", "0")]
    [InlineData("Float", "1e3", "1000")]
    [InlineData("Float", "1e15", "1000000000000000")]
    [InlineData("Float", "123456789012345680000", "123456789012345680000")]
    [InlineData("Float", "1e21", "1e+21")]
    [InlineData("Float", "1.5e300", "1.5e+300")]
    [InlineData("Float", "0.00001", "0.00001")]
    [InlineData("Float", "0.000001", "0.000001")]
    [InlineData("Float", "1.5e-7", "1.5e-7")]
    [InlineData("Float", "-2.5e-10", "-2.5e-10")]
    [InlineData("Int", "-42", "-42")]
    [InlineData("ID", "\"123\"", "123")]
    [InlineData("ID", "\"-7\"", "-7")]
    [InlineData("ID", "\"007\"", "\"007\"")]
    [InlineData("ID", "\"abc\"", "\"abc\"")]
    [InlineData("ID", "456", "456")]
    [InlineData("[ID]", "[\"1\", \"a\"]", "[1, \"a\"]")]
    public void Numbers_and_ids_print_as_graphql_js_writes_them(string type, string literal, string expected) =>
        Print($"type Query {{ f(a: {type} = {literal}): Int }}").Should().Be($"type Query {{\n  f(a: {type} = {expected}): Int\n}}");

    [Fact]
    public void Default_values_given_in_code_print_through_value_to_literal()
    {
        var range = new InputObjectType("Range");
        range.AddField(new InputValueDefinition("low", Scalars.Int));
        range.AddField(new InputValueDefinition("high", Scalars.Int));
        var limit = new InputValueDefinition("limit", Scalars.Int);
        limit.SetDefaultValue(10);
        var window = new InputValueDefinition("window", range);
        window.SetDefaultValue(new Dictionary<string, object?> { ["high"] = 5, ["low"] = 1 });
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("items", Scalars.Int)).AddArgument(limit).AddArgument(window);

        SchemaPrinter.Print(new SchemaBuilder().AddType(query).Build()).Should().Be("""
            type Query {
              items(limit: Int = 10, window: Range = {low: 1, high: 5}): Int
            }

            input Range {
              low: Int
              high: Int
            }
            """);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Applied custom directives (an option; graphql-js never prints them)
    // ---------------------------------------------------------------------------------------------------------------

    private const string AppliedDirectivesSdl = """
        schema @meta(note: "schema") { query: Query }
        directive @meta(note: String, weight: Int = 1) repeatable on SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
        scalar S @specifiedBy(url: "u") @meta
        interface I @meta { a: Int }
        type Query implements I @meta(weight: 2) @meta(note: "again") {
          a(x: Int = 1 @deprecated @meta(note: "arg")): Int @deprecated(reason: "r") @meta(note: "field")
          s: S
          u: U
          e: E
          i(in: In): Int
        }
        union U @meta = Query
        enum E @meta { V @meta(note: "value") }
        input In @oneOf @meta { f: Int @meta(note: "input field") }
        """;

    [Fact]
    public void Applied_custom_directives_are_left_out_by_default() =>
        Print(AppliedDirectivesSdl).Split("@meta").Should().HaveCount(2, "only the directive definition names it");

    [Fact]
    public void Applied_custom_directives_print_as_written_when_asked() =>
        Print(AppliedDirectivesSdl, WithAppliedDirectives).Should().Be("""
            schema @meta(note: "schema") {
              query: Query
            }

            directive @meta(note: String, weight: Int = 1) repeatable on SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

            scalar S @specifiedBy(url: "u") @meta

            interface I @meta {
              a: Int
            }

            type Query implements I @meta(weight: 2) @meta(note: "again") {
              a(x: Int = 1 @deprecated @meta(note: "arg")): Int @deprecated(reason: "r") @meta(note: "field")
              s: S
              u: U
              e: E
              i(in: In): Int
            }

            union U @meta = Query

            enum E @meta {
              V @meta(note: "value")
            }

            input In @oneOf @meta {
              f: Int @meta(note: "input field")
            }
            """);

    [Fact]
    public void Directives_applied_in_code_print_their_arguments_as_literals()
    {
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("a", Scalars.Int));
        query.AddDirective(new AppliedDirective("limit", new Dictionary<string, object?> { ["max"] = 5, ["labels"] = new List<string> { "x" } }));
        var limit = new DirectiveDefinition("limit", [DirectiveLocation.Object]);
        limit.AddArgument(new InputValueDefinition("max", Scalars.Int));
        limit.AddArgument(new InputValueDefinition("labels", new ListType(Scalars.String)));
        var schema = new SchemaBuilder().AddType(query).AddDirective(limit).Build();

        SchemaPrinter.Print(schema, WithAppliedDirectives).Should().EndWith("""
            type Query @limit(max: 5, labels: ["x"]) {
              a: Int
            }
            """);
        SchemaPrinter.PrintType(query, WithAppliedDirectives).Should().StartWith("""type Query @limit(max: 5, labels: ["x"]) {""");
    }

    private static string Print(string sdl, SchemaPrinterOptions? options = null) => SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl), options);

    private static void ShouldRoundTrip(string sdl, SchemaPrinterOptions? options = null)
    {
        var printed = Print(sdl, options);
        Print(printed, options).Should().Be(printed);
    }

    private static string CorpusDirectory([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "..", "scripts", "checks", "sdl-corpus"));
}
