using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary>Building schemas from SDL: definitions, extensions, descriptions, applied directives, default values.</summary>
public sealed class SchemaBuilderSdlTests
{
    [Fact]
    public void Descriptions_are_kept_on_every_element()
    {
        var schema = SchemaBuilder.FromSdl(""""
            "The schema."
            schema { query: Query }

            "The root."
            type Query {
              "A field."
              field(
                "An argument."
                arg: Int
              ): E
              input(in: In): Int
            }

            """
            An enum,
              with a block description.
            """
            enum E {
              "A value."
              A
            }

            input In {
              "An input field."
              f: Int
            }

            "A directive."
            directive @d on FIELD
            """");

        schema.Description.Should().Be("The schema.");
        schema.QueryType.Description.Should().Be("The root.");
        var field = schema.QueryType.GetField("field")!;
        field.Description.Should().Be("A field.");
        field.GetArgument("arg")!.Description.Should().Be("An argument.");
        schema.GetType<EnumType>("E")!.Description.Should().Be("An enum,\n  with a block description.");
        schema.GetType<EnumType>("E")!.GetValue("A")!.Description.Should().Be("A value.");
        schema.GetType<InputObjectType>("In")!.GetField("f")!.Description.Should().Be("An input field.");
        schema.GetDirectiveDefinition("d")!.Description.Should().Be("A directive.");
    }

    [Fact]
    public void Syntax_nodes_are_kept()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }");

        schema.QueryType.Syntax.Should().BeOfType<ObjectTypeDefinitionNode>();
        schema.QueryType.GetField("a")!.Syntax.Should().BeOfType<FieldDefinitionNode>().Which.Location.Line.Should().Be(1);
    }

    [Fact]
    public void Object_and_interface_extensions_add_fields_and_interfaces()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { dog: Dog }
            type Dog { name: String }
            interface Named { name: String }
            interface Node { id: ID! }
            extend type Dog implements Named & Node { id: ID! }
            extend interface Named implements Node { id: ID! }
            extend type Dog @deprecatedType
            directive @deprecatedType on OBJECT
            """);

        var dog = schema.GetType<ObjectType>("Dog")!;
        dog.Fields.Select(field => field.Name).Should().Equal("name", "id");
        dog.Interfaces.Select(type => type.Name).Should().Equal("Named", "Node");
        dog.Directives.Should().ContainSingle().Which.Name.Should().Be("deprecatedType");
        schema.GetType<InterfaceType>("Named")!.Interfaces.Should().ContainSingle().Which.Name.Should().Be("Node");
    }

    [Fact]
    public void Union_enum_input_and_scalar_extensions()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { u: U e(e: E, in: In): S }
            type A { a: Int } type B { b: Int }
            union U = A
            extend union U = B
            enum E { X }
            extend enum E { Y }
            input In { a: Int }
            extend input In { b: Int = 2 }
            scalar S
            extend scalar S @specifiedBy(url: "https://example.com/s")
            """);

        schema.GetType<UnionType>("U")!.Types.Select(type => type.Name).Should().Equal("A", "B");
        schema.GetType<EnumType>("E")!.Values.Select(value => value.Name).Should().Equal("X", "Y");
        schema.GetType<InputObjectType>("In")!.Fields.Select(field => field.Name).Should().Equal("a", "b");
        schema.GetType<ScalarType>("S")!.SpecifiedByUrl.Should().Be("https://example.com/s");
    }

    [Fact]
    public void Schema_extensions_add_root_types_and_directives()
    {
        var schema = SchemaBuilder.FromSdl("""
            schema { query: Query }
            extend schema @tag(name: "a") { mutation: Mutation }
            type Query { a: Int }
            type Mutation { b: Int }
            directive @tag(name: String!) repeatable on SCHEMA
            """);

        schema.MutationType!.Name.Should().Be("Mutation");
        schema.Directives.Should().ContainSingle().Which.GetArgument("name").Should().Be("a");
    }

    [Fact]
    public void Extension_errors_are_reported()
    {
        SchemaAssert.Invalid("type Query { a: Int } extend type Ghost { a: Int }", "Cannot extend type \"Ghost\" because it is not defined.");
        SchemaAssert.Invalid("type Query { a: Int } enum E { A } extend type E { a: Int }", "Cannot extend non-object type \"E\".");
        SchemaAssert.Invalid("type Query { a: Int } type T { a: Int } extend input T { a: Int }", "Cannot extend non-input object type \"T\".");
        SchemaAssert.Invalid("type Query { a: Int } extend scalar String @specifiedBy(url: \"x\")", "Built-in scalar \"String\" cannot be redefined or extended.");
    }

    [Fact]
    public void Deprecations_become_properties_with_the_default_reason()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query {
              a(old: Int @deprecated(reason: "Use new."), new: Int): Int @deprecated
              b(in: In): E
            }
            enum E { A @deprecated(reason: "Gone.") B }
            input In { old: Int @deprecated }
            """);

        var a = schema.QueryType.GetField("a")!;
        a.IsDeprecated.Should().BeTrue();
        a.DeprecationReason.Should().Be("No longer supported");
        a.Directives.Should().BeEmpty();
        a.GetArgument("old")!.DeprecationReason.Should().Be("Use new.");
        a.GetArgument("new")!.IsDeprecated.Should().BeFalse();
        schema.GetType<EnumType>("E")!.GetValue("A")!.DeprecationReason.Should().Be("Gone.");
        schema.GetType<InputObjectType>("In")!.GetField("old")!.DeprecationReason.Should().Be("No longer supported");
    }

    [Fact]
    public void Applied_directives_keep_their_coerced_arguments_defaults_included()
    {
        var dog = TestSchema.Schema.GetType<ObjectType>("Dog")!;

        dog.Directives.Select(directive => directive.Name).Should().Equal("tag", "tag", "cost");
        dog.Directives[1].GetArgument("name").Should().Be("dog");
        dog.GetDirective("cost")!.GetArgument("weight").Should().Be(2);
        dog.GetDirective("cost")!.Syntax.Should().NotBeNull();

        var pets = TestSchema.Schema.QueryType.GetField("pets")!;
        pets.GetDirective("cost")!.Arguments.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["weight"] = 5,
            ["multipliers"] = new object?[] { "first" },
        });
        pets.GetArgument("first")!.GetDirective("cost")!.GetArgument("weight").Should().Be(0);
        TestSchema.Schema.GetType<ObjectType>("Human")!.GetDirective("auth")!.GetArgument("requires").Should().Be("USER");
    }

    [Fact]
    public void Specified_by_and_one_of_become_properties()
    {
        var schema = TestSchema.Schema;

        var url = schema.GetType<ScalarType>("Url")!;
        url.SpecifiedByUrl.Should().Be("https://url.spec.whatwg.org/");
        url.Directives.Select(directive => directive.Name).Should().Equal("tag");
        schema.GetType<ScalarType>("UUID")!.SpecifiedByUrl.Should().Be("https://www.rfc-editor.org/rfc/rfc9562");
        schema.GetType<InputObjectType>("PetByInput")!.IsOneOf.Should().BeTrue();
        schema.GetType<InputObjectType>("ComplexInput")!.IsOneOf.Should().BeFalse();
    }

    [Fact]
    public void Default_values_are_kept_as_literals_and_coerced()
    {
        var addPet = TestSchema.Schema.GetType<InputObjectType>("AddPetInput")!;

        var owner = addPet.GetField("owner")!;
        owner.HasDefaultValue.Should().BeTrue();
        Printer.Print(owner.DefaultValueLiteral!).Should().Be("{name: \"Shelter\"}");
        owner.DefaultValue.Should().BeEquivalentTo(new Dictionary<string, object?> { ["name"] = "Shelter", ["age"] = 30 });
        addPet.GetField("nickname")!.HasDefaultValue.Should().BeFalse();
        addPet.GetField("name")!.IsRequired.Should().BeTrue();
        addPet.GetField("furColor")!.IsRequired.Should().BeFalse();
    }

    [Fact]
    public void Restating_a_built_in_scalar_is_allowed_and_changes_nothing()
    {
        var schema = SchemaBuilder.FromSdl("scalar String \"ignored\" scalar Int type Query { a: String }");

        schema.GetType("String").Should().BeSameAs(Scalars.String);
    }

    [Fact]
    public void A_scalar_added_in_code_implements_the_sdl_scalar_of_its_name()
    {
        var money = new CustomScalarType("Money", coerceOutputValue: value => $"${value}");

        var schema = new SchemaBuilder()
            .AddType(money)
            .AddTypeDefinitions("\"Dollars.\" scalar Money type Query { price: Money }")
            .Build();

        schema.QueryType.GetField("price")!.Type.Should().BeSameAs(money);
        money.Description.Should().Be("Dollars.");
        money.CoerceOutputValue(5).Should().Be("$5");
    }

    [Fact]
    public void Sdl_and_code_can_be_mixed()
    {
        var extra = new ObjectType("Extra");
        extra.AddField(new FieldDefinition("x", Scalars.Int));

        var schema = new SchemaBuilder()
            .AddType(extra)
            .AddTypeDefinitions("type Query { extra: Extra }")
            .AddTypeDefinitions("extend type Query { more: Int }")
            .Build();

        schema.QueryType.GetField("extra")!.Type.Should().BeSameAs(extra);
        schema.QueryType.GetField("more").Should().NotBeNull();
    }

    [Fact]
    public void Executable_definitions_in_the_document_are_ignored() =>
        SchemaBuilder.FromSdl("type Query { a: Int } query Q { a }").QueryType.Name.Should().Be("Query");

    [Fact]
    public void A_syntax_error_is_thrown_as_such() =>
        FluentActions.Invoking(() => SchemaBuilder.FromSdl("type Query {")).Should().Throw<GraphQLSyntaxException>();

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var exception = FluentActions.Invoking(() => SchemaBuilder.FromSdl("""
            type Query { a: Ghost b: Int b: Int }
            union U
            enum E
            """)).Should().Throw<SchemaValidationException>().Which;

        exception.Errors.Should().BeEquivalentTo(
            "Unknown type \"Ghost\" referenced by Query.a.",
            "Field \"Query.b\" can only be defined once.",
            "Union type U must define one or more member types.",
            "Enum type E must define one or more values.");
        exception.Message.Should().StartWith("The schema is invalid (4 errors):");
    }
}
