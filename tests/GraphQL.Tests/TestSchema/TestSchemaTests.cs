using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests;

/// <summary>Guards the features other tests rely on the shared schema to have.</summary>
public sealed class TestSchemaTests
{
    private static readonly Schema Schema = TestSchema.Schema;

    [Fact]
    public void Builds_with_all_root_types_and_a_description()
    {
        Schema.QueryType.Name.Should().Be("Query");
        Schema.MutationType!.Name.Should().Be("Mutation");
        Schema.SubscriptionType!.Name.Should().Be("Subscription");
        Schema.Description.Should().StartWith("The engine's shared test schema");
        Schema.Directives.Should().ContainSingle().Which.Name.Should().Be("tag");
    }

    [Fact]
    public void Has_the_spec_example_types()
    {
        foreach (var name in (string[])["Dog", "Cat", "Human", "Alien", "Pet", "Sentient", "CatOrDog", "DogOrHuman", "HumanOrAlien", "DogCommand", "FurColor", "ComplexInput"])
        {
            Schema.GetType(name).Should().NotBeNull(name);
        }
    }

    [Fact]
    public void Has_interfaces_implementing_interfaces() =>
        Schema.GetType<InterfaceType>("Canine")!.Interfaces.Select(type => type.Name).Should().Equal("Mammal", "Being", "Node");

    [Fact]
    public void Has_every_scalar_as_an_argument_and_every_wrapping_shape()
    {
        var scalarArgs = Schema.QueryType.GetField("scalarArgs")!.Arguments.Select(argument => argument.Type.NamedType().Name);
        scalarArgs.Should().Contain(["Int", "Float", "String", "Boolean", "ID", "UUID", "DateTime", "Date", "JSON", "Long", "Decimal", "Url"]);

        var shapes = Schema.QueryType.GetField("shapeArgs")!.Arguments.Select(argument => argument.Type.ToString());
        shapes.Should().Contain(["Int", "Int!", "[Int]", "[Int!]", "[Int]!", "[Int!]!", "[[Int]]"]);
    }

    [Fact]
    public void Has_deprecations_a_one_of_input_and_repeatable_directives()
    {
        Schema.GetType<ObjectType>("Dog")!.GetField("oldName")!.IsDeprecated.Should().BeTrue();
        Schema.GetType<ObjectType>("ComplicatedArgs")!.GetField("deprecatedArgField")!.GetArgument("oldArg")!.IsDeprecated.Should().BeTrue();
        Schema.GetType<EnumType>("DogCommand")!.GetValue("ROLL_OVER")!.IsDeprecated.Should().BeTrue();
        Schema.GetType<InputObjectType>("ComplexInput")!.GetField("deprecatedField")!.IsDeprecated.Should().BeTrue();
        Schema.GetType<InputObjectType>("PetByInput")!.IsOneOf.Should().BeTrue();
        Schema.GetDirectiveDefinition("tag")!.IsRepeatable.Should().BeTrue();
        Schema.GetDirectiveDefinition("repeatableOnField")!.IsRepeatable.Should().BeTrue();
    }

    [Fact]
    public void Has_a_directive_for_every_executable_location()
    {
        foreach (var location in (DirectiveLocation[])[
            DirectiveLocation.Query, DirectiveLocation.Mutation, DirectiveLocation.Subscription, DirectiveLocation.Field,
            DirectiveLocation.FragmentDefinition, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment, DirectiveLocation.VariableDefinition])
        {
            Schema.GetDirectiveDefinition("log")!.HasLocation(location).Should().BeTrue();
        }
    }

    [Fact]
    public void Build_returns_a_fresh_schema() => TestSchema.Build().Should().NotBeSameAs(TestSchema.Build());
}
