using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Tests.Validation;

public sealed class TypeInfoTests
{
    [Fact]
    public void Tracks_parent_type_field_and_output_type_through_fields_and_fragments()
    {
        var snapshots = Record("""
            query Q {
              human(id: "1") {
                pets {
                  ... on Dog { barkVolume }
                  ... { nickname }
                  __typename
                }
              }
              catOrDog { ...F }
            }
            fragment F on CatOrDog { __typename ... on Cat { meows } }
            """);

        snapshots["Field human"].Should().Be(new Snapshot("Query", "Human", "Query.human"));
        snapshots["Field pets"].Should().Be(new Snapshot("Human", "[Pet!]!", "Human.pets"));
        snapshots["InlineFragment Dog"].Should().Be(new Snapshot("Pet", "Dog", "Human.pets"));
        snapshots["Field barkVolume"].Should().Be(new Snapshot("Dog", "Int", "Dog.barkVolume"));
        snapshots["InlineFragment (none)"].Should().Be(new Snapshot("Pet", "Pet", "Human.pets"));
        snapshots["Field nickname"].Should().Be(new Snapshot("Pet", "String", "Pet.nickname"));
        snapshots["Field __typename"].Should().Be(new Snapshot("Pet", "String!", "__typename"));
        snapshots["FragmentSpread F"].Should().Be(new Snapshot("CatOrDog", "CatOrDog", "Query.catOrDog"));
        snapshots["FragmentDefinition F"].Should().Be(new Snapshot(null, "CatOrDog", null));
        snapshots["Field __typename#2"].Should().Be(new Snapshot("CatOrDog", "String!", "__typename"));
        snapshots["Field meows"].Should().Be(new Snapshot("Cat", "Boolean", "Cat.meows"));
    }

    [Fact]
    public void Leaving_a_node_restores_the_enclosing_state()
    {
        var snapshots = Record("{ dog { owner { name } name } }", recordLeave: true);

        snapshots["leave Field name"].Should().Be(new Snapshot("Human", "String!", "Human.name"));
        snapshots["leave Field owner"].Should().Be(new Snapshot("Dog", "Human", "Dog.owner"));
        snapshots["leave Field name#2"].Should().Be(new Snapshot("Dog", "String!", "Dog.name"));
        snapshots["leave Field dog"].Should().Be(new Snapshot("Query", "Dog", "Query.dog"));
        snapshots["leave OperationDefinition"].Should().Be(new Snapshot(null, "Query", null));
    }

    [Fact]
    public void Unknown_fields_and_types_leave_everything_below_unknown()
    {
        var snapshots = Record("""
            { dog { unknown { name } } nope { name } }
            fragment F on Missing { name }
            """);

        snapshots["Field unknown"].Should().Be(new Snapshot("Dog", null, null));
        snapshots["Field name"].Should().Be(new Snapshot(null, null, null));
        snapshots["Field nope"].Should().Be(new Snapshot("Query", null, null));
        snapshots["Field name#3"].Should().Be(new Snapshot(null, null, null));
    }

    [Fact]
    public void Operations_start_at_their_root_type()
    {
        var snapshots = Record("mutation M { removePet(id: 1) } subscription S { alienSighted { name } }");

        snapshots["Field removePet"].Should().Be(new Snapshot("Mutation", "Boolean!", "Mutation.removePet"));
        snapshots["Field alienSighted"].Should().Be(new Snapshot("Subscription", "Alien", "Subscription.alienSighted"));
    }

    [Fact]
    public void Tracks_arguments_with_their_type_and_default_value()
    {
        var snapshots = Record("""{ dog { isHouseTrained(atOtherHomes: $v) doesKnowCommand(dogCommand: HEEL) } human(unknown: 1) { id } }""");

        snapshots["Argument atOtherHomes"].Input.Should().Be(new InputSnapshot("Boolean", null, "true", "Dog.isHouseTrained(atOtherHomes:)", null, null));
        snapshots["Variable v"].Input.Should().Be(new InputSnapshot("Boolean", null, "true", "Dog.isHouseTrained(atOtherHomes:)", null, null));
        snapshots["Argument dogCommand"].Input.Should().Be(new InputSnapshot("DogCommand!", null, null, "Dog.doesKnowCommand(dogCommand:)", null, null));
        snapshots["EnumValue HEEL"].Input.Should().Be(new InputSnapshot("DogCommand!", null, null, "Dog.doesKnowCommand(dogCommand:)", null, "DogCommand.HEEL"));
        snapshots["Argument unknown"].Input.Should().Be(new InputSnapshot(null, null, null, null, null, null));
    }

    [Fact]
    public void Tracks_list_items_and_input_object_fields()
    {
        var snapshots = Record("""
            {
              complicatedArgs {
                complexArgField(complexArg: { enumField: TAN, stringListField: ["a"], nested: { intField: 1, bogus: 2 } })
              }
            }
            """);

        snapshots["ObjectField enumField"].Input.Should().Be(
            new InputSnapshot("FurColor", "ComplexInput", "BROWN", "ComplicatedArgs.complexArgField(complexArg:)", null, null));
        snapshots["EnumValue TAN"].Input.Should().Be(
            new InputSnapshot("FurColor", "ComplexInput", "BROWN", "ComplicatedArgs.complexArgField(complexArg:)", null, "FurColor.TAN"));
        snapshots["ListValue"].Input.Should().Be(
            new InputSnapshot("String", "[String]", null, "ComplicatedArgs.complexArgField(complexArg:)", null, null));
        snapshots["StringValue"].Input.Should().Be(
            new InputSnapshot("String", "[String]", null, "ComplicatedArgs.complexArgField(complexArg:)", null, null));
        snapshots["ObjectField intField"].Input.Should().Be(
            new InputSnapshot("Int", "ComplexInput", null, "ComplicatedArgs.complexArgField(complexArg:)", null, null));
        snapshots["ObjectField bogus"].Input.Should().Be(
            new InputSnapshot(null, "ComplexInput", null, "ComplicatedArgs.complexArgField(complexArg:)", null, null));
    }

    [Fact]
    public void Tracks_directives_and_their_arguments()
    {
        var snapshots = Record("""query Q($v: Boolean!) @log(level: WARN) { dog @include(if: $v) @unknown(x: 1) { name } }""");

        snapshots["Argument level"].Input.Should().Be(new InputSnapshot("LogLevel", null, "INFO", "@log(level:)", "log", null));
        snapshots["EnumValue WARN"].Input.Should().Be(new InputSnapshot("LogLevel", null, "INFO", "@log(level:)", "log", "LogLevel.WARN"));
        snapshots["Variable v#2"].Input.Should().Be(new InputSnapshot("Boolean!", null, null, "@include(if:)", "include", null));
        snapshots["Argument x"].Input.Should().Be(new InputSnapshot(null, null, null, null, null, null));

        // A directive's arguments are not the field's, even though the field is still being visited.
        snapshots["Argument if"].Type.Should().Be("Dog");
    }

    [Fact]
    public void Tracks_variable_definitions_as_input_types()
    {
        var snapshots = Record("""query Q($a: [Int!]! = [1], $b: Dog, $c: Unknown) { dog { name } }""");

        snapshots["VariableDefinition a"].Input.InputType.Should().Be("[Int!]!");
        snapshots["ListValue"].Input.InputType.Should().Be("Int!");
        snapshots["VariableDefinition b"].Input.InputType.Should().BeNull();
        snapshots["VariableDefinition c"].Input.InputType.Should().BeNull();
    }

    [Fact]
    public void Meta_fields_resolve_on_every_composite_type_and_introspection_roots_only_when_the_schema_has_them()
    {
        var snapshots = Record("{ catOrDog { __typename } __schema { types { name } } __type(name: \"Dog\") { name } }");

        snapshots["Field __typename"].Should().Be(new Snapshot("CatOrDog", "String!", "__typename"));

        // The test schema has no introspection types yet.
        snapshots["Field __schema"].Should().Be(new Snapshot("Query", null, null));
        snapshots["Field __type"].Should().Be(new Snapshot("Query", null, null));
    }

    [Fact]
    public void Introspection_root_fields_resolve_when_the_schema_defines_the_introspection_types()
    {
        // Stand-ins for the introspection layer's types, which are exempt from the reserved "__" prefix.
        var schemaType = new ObjectType("__Schema") { IsIntrospection = true };
        schemaType.AddField(new FieldDefinition("description", Scalars.String));
        var typeType = new ObjectType("__Type") { IsIntrospection = true };
        typeType.AddField(new FieldDefinition("name", Scalars.String));
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Dog } type Dog { name: String }")
            .AddType(schemaType)
            .AddType(typeType)
            .Build();
        var snapshots = Record(schema, "{ __schema { description } __type(name: \"Query\") { name } a { __typename } }");

        snapshots["Field __schema"].Should().Be(new Snapshot("Query", "__Schema!", "__schema"));
        snapshots["Field description"].Should().Be(new Snapshot("__Schema", "String", "__Schema.description"));
        snapshots["Argument name"].Input.Should().Be(new InputSnapshot("String!", null, null, "__type(name:)", null, null));
        snapshots["Field __type"].Should().Be(new Snapshot("Query", "__Type", "__type"));
    }

    private static Dictionary<string, Snapshot> Record(string query, bool recordLeave = false) => Record(TestSchema.Schema, query, recordLeave);

    private static Dictionary<string, Snapshot> Record(Schema schema, string query, bool recordLeave = false)
    {
        var snapshots = new Dictionary<string, Snapshot>(StringComparer.Ordinal);
        var errors = ValidationHarness.Validate(schema, query, new RecordingRule(snapshots, recordLeave));
        errors.Should().BeEmpty();
        return snapshots;
    }

    /// <summary>The output side of the type info, and the input side in <see cref="Input"/> (not compared by default).</summary>
    private sealed record Snapshot(string? Parent, string? Type, string? Field)
    {
        public InputSnapshot Input { get; init; } = new(null, null, null, null, null, null);

        public bool Equals(Snapshot? other) => other is not null && (Parent, Type, Field) == (other.Parent, other.Type, other.Field);

        public override int GetHashCode() => HashCode.Combine(Parent, Type, Field);

        public override string ToString() => $"parent={Parent} type={Type} field={Field}";
    }

    private sealed record InputSnapshot(string? InputType, string? ParentInputType, string? DefaultValue, string? Argument, string? Directive, string? EnumValue);

    private sealed class RecordingRule(Dictionary<string, Snapshot> snapshots, bool recordLeave) : ValidationRule
    {
        public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context.TypeInfo, snapshots, recordLeave);

        private sealed class Visitor(TypeInfo typeInfo, Dictionary<string, Snapshot> snapshots, bool recordLeave) : SyntaxVisitor
        {
            public override VisitorAction Enter(SyntaxNode node)
            {
                if (!recordLeave)
                {
                    Add(node, string.Empty);
                }

                return VisitorAction.Continue;
            }

            public override void Leave(SyntaxNode node)
            {
                if (recordLeave)
                {
                    Add(node, "leave ");
                }
            }

            private void Add(SyntaxNode node, string prefix)
            {
                var name = node switch
                {
                    FieldNode field => " " + field.Name.Value,
                    ArgumentNode argument => " " + argument.Name.Value,
                    ObjectFieldNode field => " " + field.Name.Value,
                    EnumValueNode value => " " + value.Value,
                    VariableNode variable => " " + variable.Name.Value,
                    VariableDefinitionNode definition => " " + definition.Variable.Name.Value,
                    InlineFragmentNode fragment => " " + (fragment.TypeCondition?.Name.Value ?? "(none)"),
                    FragmentSpreadNode spread => " " + spread.Name.Value,
                    FragmentDefinitionNode fragment => " " + fragment.Name.Value,
                    DirectiveNode directive => " " + directive.Name.Value,
                    _ => string.Empty,
                };
                var key = prefix + node.Kind + name;
                for (var i = 2; snapshots.ContainsKey(key); i++)
                {
                    key = prefix + node.Kind + name + "#" + i;
                    if (!snapshots.ContainsKey(key))
                    {
                        break;
                    }
                }

                snapshots[key] = new Snapshot(typeInfo.ParentType?.Name, typeInfo.OutputType?.ToString(), typeInfo.FieldDefinition?.Coordinate)
                {
                    Input = new InputSnapshot(
                        typeInfo.InputType?.ToString(),
                        typeInfo.ParentInputType?.ToString(),
                        typeInfo.DefaultValue?.ToString(),
                        typeInfo.Argument?.Coordinate,
                        typeInfo.Directive?.Name,
                        typeInfo.EnumValue?.Coordinate),
                };
            }
        }
    }
}
