using GraphQL.Execution;
using GraphQL.Introspection;
using GraphQL.Tests.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Introspection;

/// <summary>§4 Introspection: the meta-fields, the introspection types, their arguments and the switch that turns them off.</summary>
public sealed class IntrospectionTests
{
    private static readonly Schema Schema = TestSchema.Schema;

    [Fact]
    public void The_schema_holds_the_introspection_types_so_validation_sees_them()
    {
        Schema.GetType("__Schema").Should().BeSameAs(IntrospectionTypes.Schema);
        Schema.GetType("__Type").Should().BeSameAs(IntrospectionTypes.Type);
        Schema.GetType("__TypeKind").Should().BeSameAs(IntrospectionTypes.TypeKind);
        IntrospectionTypes.All.Should().OnlyContain(type => IntrospectionTypes.IsIntrospectionType(type));
    }

    [Fact]
    public async Task The_full_introspection_query_of_the_test_schema_matches_its_snapshot()
    {
        var result = await Schema.ExecuteAsync(IntrospectionQuery.Full);

        result.Errors.Should().BeEmpty();
        Snapshot.Match(ExecutionTestKit.Normalize(result.ToJson()), "TestSchema.introspection");
    }

    [Fact]
    public async Task Schema_roots_and_description()
    {
        var result = await Schema.ExecuteAsync("{ __schema { description queryType { name } mutationType { name } subscriptionType { name } } }");

        result.ShouldBeJson(
            """
            { "data": { "__schema": {
                "description": "The engine's shared test schema: the pets and people of the specification's §5 examples, grown so that every\ntype-system feature appears at least once. Validation, execution and introspection tests all run against it.",
                "queryType": { "name": "Query" }, "mutationType": { "name": "Mutation" }, "subscriptionType": { "name": "Subscription" } } } }
            """);
    }

    [Fact]
    public async Task Types_list_every_named_type_including_the_introspection_types()
    {
        var result = await Schema.ExecuteAsync("{ __schema { types { name } } }");

        var names = Names(result, "__schema", "types");
        names.Should().Contain(["Query", "Dog", "Pet", "CatOrDog", "FurColor", "ComplexInput", "UUID", "String", "Boolean", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"]);
        names.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Deprecated_fields_are_hidden_unless_asked_for()
    {
        var result = await Schema.ExecuteAsync(
            """
            { __type(name: "Dog") {
                hidden: fields { name }
                all: fields(includeDeprecated: true) { name isDeprecated deprecationReason }
            } }
            """);

        Names(result, "__type", "hidden").Should().NotContain("oldName").And.Contain("name");
        var all = Items(result, "__type", "all");
        all.Single(field => (string)field["name"]! == "oldName").Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["name"] = "oldName",
            ["isDeprecated"] = true,
            ["deprecationReason"] = "Use `name`.",
        });
    }

    [Fact]
    public async Task Deprecated_enum_values_input_fields_and_arguments_are_hidden_unless_asked_for()
    {
        var result = await Schema.ExecuteAsync(
            """
            {
              command: __type(name: "DogCommand") { hidden: enumValues { name } all: enumValues(includeDeprecated: true) { name } }
              input: __type(name: "ComplexInput") { hidden: inputFields { name } all: inputFields(includeDeprecated: true) { name } }
              args: __type(name: "ComplicatedArgs") { fields { name hidden: args { name } all: args(includeDeprecated: true) { name } } }
            }
            """);

        Names(result, "command", "hidden").Should().NotContain("ROLL_OVER");
        Names(result, "command", "all").Should().Contain("ROLL_OVER");
        Names(result, "input", "hidden").Should().NotContain("deprecatedField");
        Names(result, "input", "all").Should().Contain("deprecatedField");
        var field = Items(result, "args", "fields").Single(item => (string)item["name"]! == "deprecatedArgField");
        ((IEnumerable<object?>)field["hidden"]!).Cast<IReadOnlyDictionary<string, object?>>().Select(a => a["name"]).Should().Equal("newArg");
        ((IEnumerable<object?>)field["all"]!).Cast<IReadOnlyDictionary<string, object?>>().Select(a => a["name"]).Should().Equal("newArg", "oldArg");
    }

    [Fact]
    public async Task Scalars_one_of_inputs_repeatable_directives_and_default_values()
    {
        var result = await Schema.ExecuteAsync(
            """
            {
              url: __type(name: "Url") { kind specifiedByURL }
              int: __type(name: "Int") { specifiedByURL }
              oneOf: __type(name: "PetByInput") { isOneOf }
              notOneOf: __type(name: "ComplexInput") { isOneOf }
              dog: __type(name: "Dog") { isOneOf }
              addPet: __type(name: "AddPetInput") { inputFields { name defaultValue } }
              __schema { directives { name isRepeatable locations } }
            }
            """);

        result.Data!["url"].Should().BeEquivalentTo(new Dictionary<string, object?> { ["kind"] = "SCALAR", ["specifiedByURL"] = "https://url.spec.whatwg.org/" });
        ((IReadOnlyDictionary<string, object?>)result.Data["int"]!)["specifiedByURL"].Should().BeNull();
        ((IReadOnlyDictionary<string, object?>)result.Data["oneOf"]!)["isOneOf"].Should().Be(true);
        ((IReadOnlyDictionary<string, object?>)result.Data["notOneOf"]!)["isOneOf"].Should().Be(false);
        ((IReadOnlyDictionary<string, object?>)result.Data["dog"]!)["isOneOf"].Should().BeNull();
        Items(result, "addPet", "inputFields").ToDictionary(field => (string)field["name"]!, field => field["defaultValue"]).Should().BeEquivalentTo(
            new Dictionary<string, object?>
            {
                ["name"] = null, ["kind"] = null, ["nickname"] = null, ["birthday"] = null,
                ["furColor"] = "UNKNOWN", ["tags"] = "[]", ["owner"] = "{name: \"Shelter\"}",
            });
        var directives = Items(result, "__schema", "directives");
        directives.Select(directive => directive["name"]).Should().StartWith(["include", "skip", "deprecated", "specifiedBy", "oneOf"]);
        directives.Single(directive => (string)directive["name"]! == "tag")["isRepeatable"].Should().Be(true);
        ((IEnumerable<object?>)directives.Single(directive => (string)directive["name"]! == "skip")["locations"]!).Should().Equal("FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT");
    }

    [Fact]
    public async Task Wrapping_types_are_described_through_ofType()
    {
        var result = await Schema.ExecuteAsync(
            """{ __type(name: "Human") { fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }""");

        var pets = Items(result, "__type", "fields").Single(field => (string)field["name"]! == "pets");
        ExecutionTestKit.Normalize(System.Text.Json.JsonSerializer.Serialize(pets["type"])).Should().Be(ExecutionTestKit.Normalize(
            """
            { "kind": "NON_NULL", "name": null, "ofType": { "kind": "LIST", "name": null,
              "ofType": { "kind": "NON_NULL", "name": null, "ofType": { "kind": "INTERFACE", "name": "Pet" } } } }
            """));
    }

    [Fact]
    public async Task Interfaces_and_possible_types()
    {
        var result = await Schema.ExecuteAsync(
            """
            {
              canine: __type(name: "Canine") { interfaces { name } possibleTypes { name } }
              union: __type(name: "CatOrDog") { interfaces { name } possibleTypes { name } fields { name } }
              dog: __type(name: "Dog") { possibleTypes { name } }
            }
            """);

        result.ShouldBeJson(
            """
            { "data": {
                "canine": { "interfaces": [ { "name": "Mammal" }, { "name": "Being" }, { "name": "Node" } ], "possibleTypes": [ { "name": "Dog" } ] },
                "union": { "interfaces": null, "possibleTypes": [ { "name": "Cat" }, { "name": "Dog" } ], "fields": null },
                "dog": { "possibleTypes": null } } }
            """);
    }

    [Fact]
    public async Task An_unknown_type_name_gives_null()
    {
        var result = await Schema.ExecuteAsync("""{ __type(name: "Parrot") { name } }""");

        result.ShouldBeJson("""{ "data": { "__type": null } }""");
    }

    [Fact]
    public async Task The_introspection_types_describe_themselves()
    {
        var result = await Schema.ExecuteAsync("""{ __type(name: "__Type") { name kind fields { name } } }""");

        Names(result, "__type", "fields").Should().Equal(
            "kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf");
    }

    [Fact]
    public async Task Disabled_introspection_fails_schema_and_type_but_keeps_typename()
    {
        var options = new ExecutionOptions { EnableIntrospection = false };
        var schema = Pets.CreateSchema();

        var schemaResult = await schema.ExecuteAsync("{ __schema { queryType { name } } }", options: options);
        var typeResult = await schema.ExecuteAsync("""{ dog { __typename } __type(name: "Dog") { name } }""", options: options);

        schemaResult.ShouldBeJson(
            """
            { "errors": [ { "message": "Introspection is disabled: the field \"__schema\" cannot be queried.", "locations": [ { "line": 1, "column": 3 } ],
                "path": [ "__schema" ], "extensions": { "code": "INTROSPECTION_DISABLED" } } ],
              "data": null }
            """);
        typeResult.ShouldBeJson(
            """
            { "errors": [ { "message": "Introspection is disabled: the field \"__type\" cannot be queried.", "locations": [ { "line": 1, "column": 22 } ],
                "path": [ "__type" ], "extensions": { "code": "INTROSPECTION_DISABLED" } } ],
              "data": { "dog": { "__typename": "Dog" }, "__type": null } }
            """);
    }

    [Fact]
    public async Task Schema_and_type_are_only_on_the_query_root()
    {
        var result = await Pets.CreateSchema().ExecuteAsync("{ dog { __schema { description } name } }", options: ExecutionTestKit.Unvalidated);

        result.ShouldBeJson("""{ "data": { "dog": { "name": "Rex" } } }""");
    }

    private static List<IReadOnlyDictionary<string, object?>> Items(ExecutionResult result, string root, string list) =>
        ((IEnumerable<object?>)((IReadOnlyDictionary<string, object?>)result.Data![root]!)[list]!).Cast<IReadOnlyDictionary<string, object?>>().ToList();

    private static List<string> Names(ExecutionResult result, string root, string list) =>
        Items(result, root, list).Select(item => (string)item["name"]!).ToList();
}
