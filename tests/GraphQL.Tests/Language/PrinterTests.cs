using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Tests.Language;

public sealed class PrinterTests
{
    public static TheoryData<string> Corpus =>
    [
        KitchenSink.Query,
        KitchenSink.Schema,
        "{ a }",
        "query { a }",
        "query Named { a }",
        "query ($a: Int = 1, $b: [String!]! = [\"x\"]) { a(a: $a, b: $b) }",
        "query @live { a }",
        "mutation { a }",
        "subscription S { a }",
        "{ a { b { c { d { e } } } } }",
        "{ ...F ... on T { a } ... @include(if: true) { b } }",
        "fragment F on T @d { a }",
        "{ a(obj: {nested: {list: [1, 2.5, -3e-2, \"s\", true, null, ENUM, []]}, empty: {}}) }",
        "{ a(s: \"quote \\\" backslash \\\\ slash / controls \\b\\f\\n\\r\\t \\u0000 \\u001F \\u007F \\u0085 unicode é \\u{1F600}\") }",
        "{ a(s: \"\"\"block \"\"\" ) }",
        "{ a(s: \"\"\"\n  multi\n    line\n\n  block\n\"\"\") { b(s: \"\"\"\n      nested\n        deeper\n    \"\"\") } }",
        "{ a(s: \"\"\"   starts with spaces and is long enough to be printed on more than one single line\"\"\") }",
        "{ a(s: \"\"\"has \"quotes\" and a backslash \\\\ inside\"\"\") }",
        "{ a(s: \"\"\"contains \\\"\"\" triple\"\"\") }",
        "{ field(argumentNumberOne: \"a long value\", argumentNumberTwo: \"another long value\", three: 3) }",
        "{ alias: field(arg: 1) @a @b(x: [1]) }",
        "\"described\" query Q(\"var\" $v: Int) { a }",
        "\"\"\"\n  described\n  on two lines\n\"\"\" fragment F on T { a }",
        "schema { query: Q }",
        "\"desc\" scalar Date @specifiedBy(url: \"https://example.com\")",
        "type T implements & A & B { f(a: Int = 1 @d, b: [In!]! = [{x: 1}]): String! @deprecated(reason: \"old\") }",
        "type T { f(\"arg described\" a: Int): Int }",
        "type T { f(a: String = \"\"\"\n  block\n  default\n\"\"\"): Int }",
        "interface I implements J @d { f: Int }",
        "union U = | A | B",
        "enum E { \"desc\" A @deprecated B }",
        "input I @oneOf { a: Int b: String = \"x\" }",
        "directive @d(a: Int) repeatable on | FIELD | QUERY",
        "extend schema @d { mutation: M }",
        "extend type T implements I",
        "extend union U = C",
        "extend enum E { C }",
        "extend input I { c: Int }",
        "extend scalar S @d",
        "extend interface I @d",
    ];

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Printing_is_canonical(string source)
    {
        var printed = Printer.Print(Parser.Parse(source));

        var reprinted = Printer.Print(Parser.Parse(printed));

        reprinted.Should().Be(printed);
    }

    [Fact]
    public void Prints_the_kitchen_sink_query()
    {
        Printer.Print(Parser.Parse(KitchenSink.Query)).Should().Be(""""
            """The main query, described (September 2025)."""
            query queryName(
              "Which foo"
              $foo: ComplexType
              $site: Site = MOBILE
              $nonNull: [Int!]! = [1, 2] @onVariableDefinition
            ) @onQuery {
              whoever123is: node(id: [123, 456]) {
                id
                ... on User @onInlineFragment {
                  field2 {
                    id
                    alias: field1(first: 10, after: $foo) @include(if: $foo) {
                      id
                      ...frag @onFragmentSpread
                    }
                  }
                }
                ... @skip(unless: $foo) {
                  id
                }
                ... {
                  id
                }
              }
            }

            mutation likeStory @onMutation {
              like(story: 123) @onField {
                story {
                  id @onField
                }
              }
            }

            subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
              storyLikeSubscribe(input: $input) {
                story {
                  likers {
                    count
                  }
                  likeSentence {
                    text
                  }
                }
              }
            }

            "A fragment, described."
            fragment frag on Friend @onFragmentDefinition {
              foo(
                size: $size
                bar: $b
                obj: {key: "value", block: """
                block string uses \"""
                """}
              )
            }

            {
              unnamed(
                truthy: true
                falsy: false
                nullish: null
                float: -1.5e10
                int: -0
                string: "esc\n😀"
              )
              query
              __typename
              list: field(values: [[], [1, [2.0]], {}, {a: {b: [ENUM_VALUE]}}])
            }
            """");
    }

    [Fact]
    public void Prints_the_kitchen_sink_schema()
    {
        Printer.Print(Parser.Parse(KitchenSink.Schema)).Should().Be(""""
            """The schema, described."""
            schema @onSchema {
              query: QueryType
              mutation: MutationType
            }

            """
            This is a description
            of the `Foo` type.
            """
            type Foo implements Bar & Baz & Two {
              "Description of the `one` field."
              one: Type
              """This is a description of the `two` field."""
              two(
                """This is a description of the `argument` argument."""
                argument: InputType!
              ): Type
              three(argument: InputType, other: String): Int
              four(argument: String = "string"): String
              five(argument: [String] = ["string", "string"]): String
              six(argument: InputType = {key: "value"}): Type
              seven(argument: Int = null): Type
            }

            type AnnotatedObject @onObject(arg: "value") {
              annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
            }

            type UndefinedType

            extend type Foo {
              seven(argument: [String]): Type
            }

            extend type Foo @onType

            interface Bar {
              one: Type
              four(argument: String = "string"): String
            }

            interface AnnotatedInterface @onInterface {
              annotatedField(arg: Type @onArgumentDefinition): Type @onField
            }

            interface UndefinedInterface

            extend interface Bar implements Two {
              two(argument: InputType!): Type
            }

            extend interface Bar @onInterface

            interface Baz implements Bar & Two {
              one: Type
              two(argument: InputType!): Type
              four(argument: String = "string"): String
            }

            union Feed = Story | Article | Advert

            union AnnotatedUnion @onUnion = A | B

            union AnnotatedUnionTwo @onUnion = A | B

            union UndefinedUnion

            extend union Feed = Photo | Video

            extend union Feed @onUnion

            scalar CustomScalar

            scalar AnnotatedScalar @onScalar

            extend scalar CustomScalar @onScalar

            enum Site {
              """This is a description of the `DESKTOP` value"""
              DESKTOP
              "This is a description of the `MOBILE` value"
              MOBILE
              "This is a description of the `WEB` value"
              WEB
            }

            enum AnnotatedEnum @onEnum {
              ANNOTATED_VALUE @onEnumValue
              OTHER_VALUE
            }

            enum UndefinedEnum

            extend enum Site {
              VR
            }

            extend enum Site @onEnum

            input InputType {
              key: String!
              answer: Int = 42
            }

            input AnnotatedInput @onInputObject {
              annotatedField: Type @onInputFieldDefinition
            }

            input UndefinedInput

            extend input InputType {
              other: Float = 1.23e4 @onInputFieldDefinition
            }

            extend input InputType @onInputObject

            """This is a description of the `@skip` directive"""
            directive @skip(
              """This is a description of the `if` argument"""
              if: Boolean! @onArgumentDefinition
            ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

            directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

            directive @include2(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

            directive @myRepeatableDir(name: String!) repeatable on OBJECT | INTERFACE

            extend schema @onSchema

            extend schema @onSchema {
              subscription: SubscriptionType
            }
            """");
    }

    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("query @dir { a }", "query @dir {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("\"described\" query { a }", "\"described\"\nquery {\n  a\n}")]
    [InlineData("query Q ( $a : Int = 1 , ) { a , b }", "query Q($a: Int = 1) {\n  a\n  b\n}")]
    public void The_query_keyword_is_left_out_only_for_the_shorthand(string source, string expected)
    {
        Printer.Print(Parser.Parse(source)).Should().Be(expected);
    }

    [Fact]
    public void Comments_and_commas_are_not_printed()
    {
        Printer.Print(Parser.Parse("# comment\n{ a, b # trailing\n, c }")).Should().Be("{\n  a\n  b\n  c\n}");
    }

    [Fact]
    public void Long_argument_lists_wrap_one_per_line()
    {
        var printed = Printer.Print(Parser.Parse(
            "{ field(argumentNumberOne: \"a long value\", argumentNumberTwo: \"another long value\") { id } }"));

        printed.Should().Be("""
            {
              field(
                argumentNumberOne: "a long value"
                argumentNumberTwo: "another long value"
              ) {
                id
              }
            }
            """);
    }

    [Fact]
    public void Quoted_strings_escape_what_must_be_escaped()
    {
        var value = new StringValueNode { Value = "\" \\ / \b \f \n \r \t \u0000 \u001F \u007F \u009F é \U0001F600" };

        Printer.Print(value).Should().Be("\"\\\" \\\\ / \\b \\f \\n \\r \\t \\u0000 \\u001F \\u007F \\u009F é \U0001F600\"");
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n")]
    [InlineData("a\n")]
    [InlineData("\na")]
    [InlineData("  indented first line")]
    [InlineData("  indented first line\nand then some")]
    [InlineData("first\n  indented second")]
    [InlineData("trailing spaces  ")]
    [InlineData("\ttab")]
    [InlineData("line1\n\n  line3")]
    [InlineData("line1\n   \nline3")]
    [InlineData("ends with quote\"")]
    [InlineData("ends with backslash\\")]
    [InlineData("\"\"\"")]
    [InlineData("a \"\"\" in the middle")]
    [InlineData("\\\"\"\" looks escaped")]
    [InlineData("carriage\rreturn")]
    [InlineData("windows\r\nline")]
    [InlineData("    a line that starts with spaces and is long enough to be printed on several lines")]
    [InlineData("a line that is long enough to be printed on several lines, more than seventy characters")]
    public void Block_strings_print_back_to_the_same_value_at_any_indentation(string value)
    {
        var node = new StringValueNode { Value = value, Block = true };
        var document = new DocumentNode
        {
            Definitions =
            [
                new OperationDefinitionNode
                {
                    SelectionSet = Selections(Field("a", Selections(Field("b", arguments: [Argument("s", node)])))),
                },
            ],
        };

        var printed = Printer.Print(document);
        var reparsed = Parser.Parse(printed);

        var field = (FieldNode)((FieldNode)((OperationDefinitionNode)reparsed.Definitions[0]).SelectionSet.Selections[0])
            .SelectionSet!.Selections[0];
        field.Arguments[0].Value.Should().BeOfType<StringValueNode>().Which.Value.Should().Be(value);
        Printer.Print(reparsed).Should().Be(printed);
        Printer.Print(node).Should().Be(Printer.Print(new StringValueNode { Value = value, Block = true }));
    }

    [Fact]
    public void Values_no_block_string_can_hold_print_quoted()
    {
        Printer.Print(new StringValueNode { Value = "a\r\nb", Block = true }).Should().Be("\"a\\r\\nb\"");
        Printer.Print(new StringValueNode { Value = "\nleading blank line", Block = true }).Should().Be("\"\\nleading blank line\"");
        Printer.Print(new StringValueNode { Value = "  ", Block = true }).Should().Be("\"  \"");
    }

    [Fact]
    public void Hand_built_nodes_print()
    {
        var field = Field("user", Selections(Field("id")), [Argument("id", new IntValueNode { Value = "4" })]);

        Printer.Print(field).Should().Be("user(id: 4) {\n  id\n}");
        field.ToString().Should().Be("user(id: 4) {\n  id\n}");
        Printer.Print(new NonNullTypeNode { Type = new ListTypeNode { Type = Named("Int") } }).Should().Be("[Int]!");
        Printer.Print(new ListValueNode()).Should().Be("[]");
        Printer.Print(new ObjectValueNode()).Should().Be("{}");
        Printer.Print(new NameNode { Value = "n" }).Should().Be("n");
        Printer.Print(new VariableNode { Name = new NameNode { Value = "v" } }).Should().Be("$v");
    }

    [Fact]
    public void Every_node_kind_prints_alone()
    {
        var document = Parser.Parse(KitchenSink.Schema + "\n" + KitchenSink.Query);
        var collector = new AllNodes();

        collector.Visit(document);

        collector.Kinds.Should().BeEquivalentTo(Enum.GetValues<SyntaxKind>());
        foreach (var node in collector.Nodes)
        {
            Printer.Print(node).Should().NotBeNullOrEmpty(node.Kind.ToString());
        }
    }

    private static FieldNode Field(string name, SelectionSetNode? selectionSet = null, IReadOnlyList<ArgumentNode>? arguments = null) => new()
    {
        Name = new NameNode { Value = name },
        SelectionSet = selectionSet,
        Arguments = arguments ?? [],
    };

    private static SelectionSetNode Selections(params SelectionNode[] selections) => new() { Selections = selections };

    private static ArgumentNode Argument(string name, ValueNode value) => new() { Name = new NameNode { Value = name }, Value = value };

    private static NamedTypeNode Named(string name) => new() { Name = new NameNode { Value = name } };

    private sealed class AllNodes : SyntaxVisitor
    {
        public List<SyntaxNode> Nodes { get; } = [];

        public HashSet<SyntaxKind> Kinds { get; } = [];

        public override VisitorAction Enter(SyntaxNode node)
        {
            Nodes.Add(node);
            Kinds.Add(node.Kind);
            return VisitorAction.Continue;
        }
    }
}
