using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void Query_shorthand_is_an_anonymous_query()
    {
        var document = Parser.Parse("{ hello }");

        var operation = document.Definitions.Should().ContainSingle().Which.Should().BeOfType<OperationDefinitionNode>().Subject;
        operation.Operation.Should().Be(OperationType.Query);
        operation.Name.Should().BeNull();
        operation.Description.Should().BeNull();
        operation.VariableDefinitions.Should().BeEmpty();
        operation.Directives.Should().BeEmpty();
        var field = operation.SelectionSet.Selections.Should().ContainSingle().Which.Should().BeOfType<FieldNode>().Subject;
        field.Name.Value.Should().Be("hello");
        field.Alias.Should().BeNull();
        field.Arguments.Should().BeEmpty();
        field.SelectionSet.Should().BeNull();
        field.ResponseName.Should().Be("hello");
    }

    [Theory]
    [InlineData("query", OperationType.Query)]
    [InlineData("mutation", OperationType.Mutation)]
    [InlineData("subscription", OperationType.Subscription)]
    public void Operation_types_are_keywords(string keyword, OperationType expected)
    {
        var operation = SingleDefinition<OperationDefinitionNode>($"{keyword} Name {{ field }}");

        operation.Operation.Should().Be(expected);
        operation.Name!.Value.Should().Be("Name");
    }

    [Fact]
    public void Anonymous_operations_may_have_variables_and_directives()
    {
        var operation = SingleDefinition<OperationDefinitionNode>("mutation ($a: Int) @dir { f(a: $a) }");

        operation.Name.Should().BeNull();
        operation.VariableDefinitions.Should().ContainSingle();
        operation.Directives.Should().ContainSingle().Which.Name.Value.Should().Be("dir");
    }

    [Fact]
    public void Variable_definitions_have_types_defaults_and_const_directives()
    {
        var operation = SingleDefinition<OperationDefinitionNode>("""
            query Q($id: ID!, $list: [Int!]! = [1, 2] @a(x: 1) @b, $o: In = {k: "v"}) { f }
            """);

        var variables = operation.VariableDefinitions;
        variables.Should().HaveCount(3);
        variables[0].Variable.Name.Value.Should().Be("id");
        variables[0].Type.Should().BeOfType<NonNullTypeNode>().Which.Type.Should().BeOfType<NamedTypeNode>()
            .Which.Name.Value.Should().Be("ID");
        variables[0].DefaultValue.Should().BeNull();
        variables[1].DefaultValue.Should().BeOfType<ListValueNode>().Which.Values.Should().HaveCount(2);
        variables[1].Directives.Select(d => d.Name.Value).Should().Equal("a", "b");
        variables[2].DefaultValue.Should().BeOfType<ObjectValueNode>().Which.Fields.Should().ContainSingle()
            .Which.Name.Value.Should().Be("k");
    }

    [Fact]
    public void Fields_have_alias_arguments_directives_and_selections()
    {
        var operation = SingleDefinition<OperationDefinitionNode>("""
            {
              smallPic: profilePic(size: 64, crop: true) @include(if: $big) @other {
                url
              }
            }
            """);

        var field = (FieldNode)operation.SelectionSet.Selections[0];
        field.Alias!.Value.Should().Be("smallPic");
        field.Name.Value.Should().Be("profilePic");
        field.ResponseName.Should().Be("smallPic");
        field.Arguments.Select(a => a.Name.Value).Should().Equal("size", "crop");
        field.Arguments[0].Value.Should().BeOfType<IntValueNode>().Which.Value.Should().Be("64");
        field.Directives.Select(d => d.Name.Value).Should().Equal("include", "other");
        field.Directives[0].Arguments[0].Value.Should().BeOfType<VariableNode>().Which.Name.Value.Should().Be("big");
        field.SelectionSet!.Selections.Should().ContainSingle().Which.Should().BeOfType<FieldNode>()
            .Which.Name.Value.Should().Be("url");
    }

    [Fact]
    public void Keywords_are_valid_field_names()
    {
        var operation = SingleDefinition<OperationDefinitionNode>(
            "{ query mutation subscription fragment on type schema extend true false null }");

        operation.SelectionSet.Selections.Cast<FieldNode>().Select(f => f.Name.Value).Should().Equal(
            "query", "mutation", "subscription", "fragment", "on", "type", "schema", "extend", "true", "false", "null");
    }

    [Fact]
    public void Fragment_spreads_and_inline_fragments()
    {
        var operation = SingleDefinition<OperationDefinitionNode>("""
            {
              ...Named @spread
              ... on User @inline { id }
              ... @skip(if: true) { name }
              ... { plain }
            }
            """);

        var selections = operation.SelectionSet.Selections;
        var spread = selections[0].Should().BeOfType<FragmentSpreadNode>().Subject;
        spread.Name.Value.Should().Be("Named");
        spread.Directives.Should().ContainSingle().Which.Name.Value.Should().Be("spread");

        var typed = selections[1].Should().BeOfType<InlineFragmentNode>().Subject;
        typed.TypeCondition!.Name.Value.Should().Be("User");
        typed.Directives.Should().ContainSingle().Which.Name.Value.Should().Be("inline");

        var untyped = selections[2].Should().BeOfType<InlineFragmentNode>().Subject;
        untyped.TypeCondition.Should().BeNull();
        untyped.Directives.Should().ContainSingle().Which.Name.Value.Should().Be("skip");

        selections[3].Should().BeOfType<InlineFragmentNode>().Which.Directives.Should().BeEmpty();
    }

    [Fact]
    public void Fragment_definitions_have_a_type_condition()
    {
        var fragment = SingleDefinition<FragmentDefinitionNode>("fragment userFields on User @dir { id }");

        fragment.Name.Value.Should().Be("userFields");
        fragment.TypeCondition.Name.Value.Should().Be("User");
        fragment.Directives.Should().ContainSingle();
        fragment.SelectionSet.Selections.Should().ContainSingle();
    }

    [Fact]
    public void Executable_definitions_may_have_descriptions()
    {
        var document = Parser.Parse(""""
            "Operation"
            query Q(
              """
              Variable
              """
              $v: Int
            ) { f }

            "Fragment" fragment F on T { f }
            """");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        operation.Description!.Value.Should().Be("Operation");
        operation.Description.Block.Should().BeFalse();
        operation.VariableDefinitions[0].Description!.Value.Should().Be("Variable");
        operation.VariableDefinitions[0].Description!.Block.Should().BeTrue();
        ((FragmentDefinitionNode)document.Definitions[1]).Description!.Value.Should().Be("Fragment");
    }

    [Fact]
    public void Scalar_values_keep_their_kind_and_text()
    {
        var value = Parser.ParseValue(""""[1, -2.5e3, "s", """b""", true, false, null, ENUM, $v]"""");

        var values = value.Should().BeOfType<ListValueNode>().Subject.Values;
        values[0].Should().BeOfType<IntValueNode>().Which.Value.Should().Be("1");
        values[1].Should().BeOfType<FloatValueNode>().Which.Value.Should().Be("-2.5e3");
        values[2].Should().BeOfType<StringValueNode>().Which.Block.Should().BeFalse();
        values[3].Should().BeOfType<StringValueNode>().Which.Block.Should().BeTrue();
        values[4].Should().BeOfType<BooleanValueNode>().Which.Value.Should().BeTrue();
        values[5].Should().BeOfType<BooleanValueNode>().Which.Value.Should().BeFalse();
        values[6].Should().BeOfType<NullValueNode>();
        values[7].Should().BeOfType<EnumValueNode>().Which.Value.Should().Be("ENUM");
        values[8].Should().BeOfType<VariableNode>().Which.Name.Value.Should().Be("v");
    }

    [Fact]
    public void Lists_and_objects_nest_and_may_be_empty()
    {
        var value = Parser.ParseConstValue("""{ empty: [], obj: {}, nested: [[1], {a: {b: "c"}}] }""");

        var fields = value.Should().BeOfType<ObjectValueNode>().Subject.Fields;
        fields.Select(f => f.Name.Value).Should().Equal("empty", "obj", "nested");
        fields[0].Value.Should().BeOfType<ListValueNode>().Which.Values.Should().BeEmpty();
        fields[1].Value.Should().BeOfType<ObjectValueNode>().Which.Fields.Should().BeEmpty();
        var nested = fields[2].Value.Should().BeOfType<ListValueNode>().Subject.Values;
        nested[0].Should().BeOfType<ListValueNode>();
        nested[1].Should().BeOfType<ObjectValueNode>().Which.Fields[0].Value.Should().BeOfType<ObjectValueNode>();
    }

    [Fact]
    public void Type_references_nest_lists_and_non_null()
    {
        var type = Parser.ParseType("[[Int!]]!");

        var outer = type.Should().BeOfType<NonNullTypeNode>().Subject;
        var list = outer.Type.Should().BeOfType<ListTypeNode>().Subject;
        var inner = list.Type.Should().BeOfType<ListTypeNode>().Subject;
        inner.Type.Should().BeOfType<NonNullTypeNode>().Which.Type.Should().BeOfType<NamedTypeNode>()
            .Which.Name.Value.Should().Be("Int");
        outer.Location.Should().Be(new Location(0, 9, 1, 1));
        list.Location.Should().Be(new Location(0, 8, 1, 1));
    }

    [Fact]
    public void Nodes_know_their_location()
    {
        var document = Parser.Parse("query Q {\n  alias: field(arg: \"v\") {\n    id\n  }\n}\n");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        document.Location.Should().Be(new Location(0, 50, 1, 1));
        operation.Location.Should().Be(new Location(0, 49, 1, 1));
        operation.SelectionSet.Location.Should().Be(new Location(8, 49, 1, 9));
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        field.Location.Should().Be(new Location(12, 47, 2, 3));
        field.Alias!.Location.Should().Be(new Location(12, 17, 2, 3));
        field.Name.Location.Should().Be(new Location(19, 24, 2, 10));
        field.Arguments[0].Location.Should().Be(new Location(25, 33, 2, 16));
        field.Arguments[0].Value.Location.Should().Be(new Location(30, 33, 2, 21));
        field.SelectionSet!.Selections[0].Location.Should().Be(new Location(41, 43, 3, 5));
    }

    [Fact]
    public void Schema_definition_has_root_operation_types()
    {
        var schema = SingleDefinition<SchemaDefinitionNode>("""
            "The schema" schema @dir { query: Q mutation: M subscription: S }
            """);

        schema.Description!.Value.Should().Be("The schema");
        schema.Directives.Should().ContainSingle();
        schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)).Should().Equal(
            (OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S"));
    }

    [Fact]
    public void Object_types_have_interfaces_fields_and_arguments()
    {
        var type = SingleDefinition<ObjectTypeDefinitionNode>("""
            "Desc"
            type Hello implements & A & B @dir {
              "Field desc"
              world(
                "Arg desc"
                flag: Boolean = true @deprecated
                other: [String!]
              ): String! @deprecated(reason: "no")
              plain: Int
            }
            """);

        type.Description!.Value.Should().Be("Desc");
        type.Name.Value.Should().Be("Hello");
        type.Interfaces.Select(i => i.Name.Value).Should().Equal("A", "B");
        type.Directives.Should().ContainSingle();
        type.Fields.Should().HaveCount(2);
        var world = type.Fields[0];
        world.Description!.Value.Should().Be("Field desc");
        world.Type.Should().BeOfType<NonNullTypeNode>();
        world.Directives.Should().ContainSingle();
        world.Arguments.Select(a => a.Name.Value).Should().Equal("flag", "other");
        world.Arguments[0].Description!.Value.Should().Be("Arg desc");
        world.Arguments[0].DefaultValue.Should().BeOfType<BooleanValueNode>();
        world.Arguments[0].Directives.Should().ContainSingle();
        type.Fields[1].Arguments.Should().BeEmpty();
    }

    [Fact]
    public void Types_may_omit_their_bodies()
    {
        var document = Parser.Parse("type T interface I union U enum E input In scalar S");

        document.Definitions.Select(d => d.Kind).Should().Equal(
            SyntaxKind.ObjectTypeDefinition,
            SyntaxKind.InterfaceTypeDefinition,
            SyntaxKind.UnionTypeDefinition,
            SyntaxKind.EnumTypeDefinition,
            SyntaxKind.InputObjectTypeDefinition,
            SyntaxKind.ScalarTypeDefinition);
    }

    [Fact]
    public void Interfaces_may_implement_interfaces()
    {
        var type = SingleDefinition<InterfaceTypeDefinitionNode>("interface Node implements Entity & Named { id: ID! }");

        type.Interfaces.Select(i => i.Name.Value).Should().Equal("Entity", "Named");
        type.Fields.Should().ContainSingle();
    }

    [Fact]
    public void Unions_list_member_types()
    {
        var union = SingleDefinition<UnionTypeDefinitionNode>("union SearchResult @dir = | Photo | Person");

        union.Directives.Should().ContainSingle();
        union.Types.Select(t => t.Name.Value).Should().Equal("Photo", "Person");
    }

    [Fact]
    public void Enums_list_values()
    {
        var type = SingleDefinition<EnumTypeDefinitionNode>("""enum Direction { "Up" NORTH @deprecated EAST SOUTH WEST }""");

        type.Values.Select(v => v.Name.Value).Should().Equal("NORTH", "EAST", "SOUTH", "WEST");
        type.Values[0].Description!.Value.Should().Be("Up");
        type.Values[0].Directives.Should().ContainSingle();
    }

    [Fact]
    public void Input_objects_list_input_values()
    {
        var type = SingleDefinition<InputObjectTypeDefinitionNode>("input Point { x: Float = 0 y: Float! @dir }");

        type.Fields.Select(f => f.Name.Value).Should().Equal("x", "y");
        type.Fields[0].DefaultValue.Should().BeOfType<IntValueNode>();
        type.Fields[1].Directives.Should().ContainSingle();
    }

    [Fact]
    public void Directive_definitions_have_arguments_repeatable_and_locations()
    {
        var directive = SingleDefinition<DirectiveDefinitionNode>("""
            "Desc" directive @tag(name: String!) repeatable on | FIELD_DEFINITION | OBJECT | INPUT_FIELD_DEFINITION
            """);

        directive.Description!.Value.Should().Be("Desc");
        directive.Name.Value.Should().Be("tag");
        directive.Arguments.Should().ContainSingle();
        directive.Repeatable.Should().BeTrue();
        directive.Locations.Select(l => l.Value).Should().Equal("FIELD_DEFINITION", "OBJECT", "INPUT_FIELD_DEFINITION");
        SingleDefinition<DirectiveDefinitionNode>("directive @d on QUERY").Repeatable.Should().BeFalse();
    }

    [Fact]
    public void Every_directive_location_name_parses()
    {
        var names = Enum.GetValues<DirectiveLocation>().Select(DirectiveLocationNames.GetName).ToArray();

        var directive = SingleDefinition<DirectiveDefinitionNode>("directive @all on " + string.Join(" | ", names));

        directive.Locations.Select(l => l.Value).Should().Equal(names);
        foreach (var location in Enum.GetValues<DirectiveLocation>())
        {
            DirectiveLocationNames.TryParse(DirectiveLocationNames.GetName(location), out var parsed).Should().BeTrue();
            parsed.Should().Be(location);
        }
    }

    [Fact]
    public void Every_extension_parses()
    {
        var document = Parser.Parse("""
            extend schema @dir { subscription: S }
            extend schema @dir
            extend scalar S @dir
            extend type T implements I
            extend type T @dir
            extend type T { f: Int }
            extend interface I implements J
            extend interface I @dir
            extend interface I { f: Int }
            extend union U = A | B
            extend union U @dir
            extend enum E { A }
            extend enum E @dir
            extend input In { f: Int }
            extend input In @dir
            """);

        document.Definitions.Select(d => d.Kind).Should().Equal(
            SyntaxKind.SchemaExtension,
            SyntaxKind.SchemaExtension,
            SyntaxKind.ScalarTypeExtension,
            SyntaxKind.ObjectTypeExtension,
            SyntaxKind.ObjectTypeExtension,
            SyntaxKind.ObjectTypeExtension,
            SyntaxKind.InterfaceTypeExtension,
            SyntaxKind.InterfaceTypeExtension,
            SyntaxKind.InterfaceTypeExtension,
            SyntaxKind.UnionTypeExtension,
            SyntaxKind.UnionTypeExtension,
            SyntaxKind.EnumTypeExtension,
            SyntaxKind.EnumTypeExtension,
            SyntaxKind.InputObjectTypeExtension,
            SyntaxKind.InputObjectTypeExtension);
        var schema = (SchemaExtensionNode)document.Definitions[0];
        schema.OperationTypes.Should().ContainSingle().Which.Operation.Should().Be(OperationType.Subscription);
        ((ObjectTypeExtensionNode)document.Definitions[3]).Interfaces.Should().ContainSingle();
        ((UnionTypeExtensionNode)document.Definitions[9]).Types.Should().HaveCount(2);
        ((TypeExtensionNode)document.Definitions[2]).Name.Value.Should().Be("S");
    }

    [Fact]
    public void Kitchen_sink_documents_parse()
    {
        var query = Parser.Parse(KitchenSink.Query);
        var schema = Parser.Parse(KitchenSink.Schema);

        query.Definitions.Should().HaveCount(5);
        schema.Definitions.Should().HaveCount(37);
    }

    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("   # only a comment", "Syntax Error: Unexpected <EOF>.", 1, 20)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("{ a(b: 1, c: ) }", "Syntax Error: Unexpected \")\".", 1, 14)]
    [InlineData("{ a(b: 1, c) }", "Syntax Error: Expected \":\", found \")\".", 1, 12)]
    [InlineData("{ a() }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a { b }", "Syntax Error: Expected Name, found <EOF>.", 1, 10)]
    [InlineData("{ a } }", "Syntax Error: Unexpected \"}\".", 1, 7)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("query Q() { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 9)]
    [InlineData("query Q($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("query ($a: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 16)]
    [InlineData("query ($a: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 16)]
    [InlineData("query Q { a } extra", "Syntax Error: Unexpected Name \"extra\".", 1, 15)]
    [InlineData("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("query Q($a: Int @d(x: $b)) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 23)]
    [InlineData("query Q($a: Int = $) { a }", "Syntax Error: Unexpected \"$\".", 1, 19)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment F on T", "Syntax Error: Expected \"{\", found <EOF>.", 1, 16)]
    [InlineData("{ f(a: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("{ f(a: {b: 1 c}) }", "Syntax Error: Expected \":\", found \"}\".", 1, 15)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T @d", "Syntax Error: Unexpected description, descriptions are not supported on type system extensions.", 1, 1)]
    [InlineData("\"desc\"", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("\"desc\" \"again\" type T", "Syntax Error: Unexpected String \"again\".", 1, 8)]
    [InlineData("schema { }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("schema { query Q }", "Syntax Error: Expected \":\", found Name \"Q\".", 1, 16)]
    [InlineData("schema { other: Q }", "Syntax Error: Unexpected Name \"other\".", 1, 10)]
    [InlineData("type T {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("type T { f }", "Syntax Error: Expected \":\", found \"}\".", 1, 12)]
    [InlineData("type T { f(): Int }", "Syntax Error: Expected Name, found \")\".", 1, 12)]
    [InlineData("type T implements { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 19)]
    [InlineData("type T implements A & { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 23)]
    [InlineData("type T { f(a: Int = $v): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("type T @d(a: $v)", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 14)]
    [InlineData("union U = ", "Syntax Error: Expected Name, found <EOF>.", 1, 11)]
    [InlineData("union U = A |", "Syntax Error: Expected Name, found <EOF>.", 1, 14)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { A false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 1, 12)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("input I { f }", "Syntax Error: Expected \":\", found \"}\".", 1, 13)]
    [InlineData("directive @d on UNKNOWN", "Syntax Error: Unexpected Name \"UNKNOWN\".", 1, 17)]
    [InlineData("directive @d on FIELD | query", "Syntax Error: Unexpected Name \"query\".", 1, 25)]
    [InlineData("directive @d(a: Int)", "Syntax Error: Expected \"on\", found <EOF>.", 1, 21)]
    [InlineData("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("extend", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend directive @d on FIELD", "Syntax Error: Unexpected Name \"directive\".", 1, 8)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 16)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend type T {}", "Syntax Error: Expected Name, found \"}\".", 1, 16)]
    [InlineData("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend type T type U", "Syntax Error: Unexpected Name \"type\".", 1, 15)]
    public void Syntax_errors_report_message_and_location(string source, string message, int line, int column)
    {
        var error = ParseError(source);

        error.Message.Should().Be(message);
        error.Locations.Should().Equal(new SourceLocation(line, column));
        error.Code.Should().Be(ErrorCodes.ParseFailed);
        error.Path.Should().BeNull();
    }

    [Fact]
    public void Parse_throws_the_error_that_TryParse_reports()
    {
        var act = () => Parser.Parse("{ a");

        var exception = act.Should().Throw<GraphQLSyntaxException>().Which;
        exception.Message.Should().Be("Syntax Error: Expected Name, found <EOF>.");
        exception.Error.Message.Should().Be(exception.Message);
    }

    [Fact]
    public void TryParse_returns_the_document_on_success()
    {
        Parser.TryParse("{ a }", out var document, out var error).Should().BeTrue();

        document!.Definitions.Should().ContainSingle();
        error.Should().BeNull();
    }

    [Fact]
    public void Single_value_and_type_entry_points_reject_trailing_tokens()
    {
        var type = () => Parser.ParseType("Int Int");
        var value = () => Parser.ParseValue("1 2");
        var constValue = () => Parser.ParseConstValue("$v");

        type.Should().Throw<GraphQLSyntaxException>().Which.Message.Should().Be("Syntax Error: Expected <EOF>, found Name \"Int\".");
        value.Should().Throw<GraphQLSyntaxException>().Which.Message.Should().Be("Syntax Error: Expected <EOF>, found Int \"2\".");
        constValue.Should().Throw<GraphQLSyntaxException>().Which.Message.Should().Be("Syntax Error: Unexpected variable \"$v\" in constant value.");
    }

    [Fact]
    public void Deeply_nested_selections_fail_with_max_depth_not_a_crash()
    {
        var source = string.Concat(Enumerable.Repeat("{a", 10_000)) + new string('}', 10_000);

        var error = ParseError(source);

        error.Code.Should().Be(ErrorCodes.MaxDepthExceeded);
        error.Message.Should().Be("Syntax Error: Document nesting exceeds the maximum depth of 64. Parsing aborted.");
        error.Locations.Should().Equal(new SourceLocation(1, 129));
    }

    [Theory]
    [InlineData("{ f(a: ", "[", "]", " ) }")]
    [InlineData("{ f(a: ", "{a: ", "}", " ) }")]
    [InlineData("query ($a: ", "[", "]", ") { f }")]
    public void Deeply_nested_values_and_types_fail_with_max_depth(string prefix, string open, string close, string suffix)
    {
        var inner = open == "[" && prefix.StartsWith("query", StringComparison.Ordinal) ? "Int" : "1";
        var source = prefix + string.Concat(Enumerable.Repeat(open, 10_000)) + inner
            + string.Concat(Enumerable.Repeat(close, 10_000)) + suffix;

        ParseError(source).Code.Should().Be(ErrorCodes.MaxDepthExceeded);
    }

    [Fact]
    public void Nesting_up_to_max_depth_is_accepted()
    {
        var options = new ParserOptions { MaxDepth = 3 };

        Parser.Parse("{ a { b { c } } }", options).Definitions.Should().ContainSingle();
        Parser.Parse("{ a(x: [[1]]) }", options).Definitions.Should().ContainSingle();
        ParseError("{ a { b { c { d } } } }", options).Code.Should().Be(ErrorCodes.MaxDepthExceeded);
        ParseError("{ a(x: [[{y: 1}]]) }", options).Code.Should().Be(ErrorCodes.MaxDepthExceeded);
    }

    [Fact]
    public void Without_limits_the_stack_still_guards_against_overflow()
    {
        var source = string.Concat(Enumerable.Repeat("{a", 200_000)) + new string('}', 200_000);

        var error = ParseError(source, ParserOptions.Unlimited);

        error.Code.Should().Be(ErrorCodes.MaxDepthExceeded);
    }

    [Fact]
    public void Too_many_tokens_fail_with_max_tokens()
    {
        var options = new ParserOptions { MaxTokens = 5 };

        Parser.Parse("{ a b c }", options).Definitions.Should().ContainSingle();
        var error = ParseError("{ a b c d }", options);

        error.Code.Should().Be(ErrorCodes.MaxTokensExceeded);
        error.Message.Should().Be("Syntax Error: Document contains more than 5 tokens. Parsing aborted.");
        error.Locations.Should().Equal(new SourceLocation(1, 11));
    }

    [Fact]
    public void Default_token_limit_applies()
    {
        var source = "{" + string.Concat(Enumerable.Repeat(" a", ParserOptions.Default.MaxTokens)) + " }";

        ParseError(source).Code.Should().Be(ErrorCodes.MaxTokensExceeded);
    }

    [Fact]
    public void Too_long_documents_fail_before_parsing()
    {
        var options = new ParserOptions { MaxDocumentLength = 10 };

        Parser.Parse("{ abcdef }", options).Definitions.Should().ContainSingle();
        var error = ParseError("{ abcdefg }", options);

        error.Code.Should().Be(ErrorCodes.DocumentTooLarge);
        error.Message.Should().Be("Document of 11 characters exceeds the maximum length of 10 characters.");
        error.Locations.Should().BeEmpty();
    }

    private static T SingleDefinition<T>(string source)
        where T : DefinitionNode =>
        Parser.Parse(source).Definitions.Should().ContainSingle().Which.Should().BeOfType<T>().Subject;

    private static GraphQLError ParseError(string source, ParserOptions? options = null)
    {
        Parser.TryParse(source, out var document, out var error, options).Should().BeFalse();
        document.Should().BeNull();
        return error!;
    }
}
