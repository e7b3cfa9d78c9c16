using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary>The schema model: lookups, the relations of abstract types, freezing, and schemas built in code.</summary>
public sealed class SchemaModelTests
{
    private static readonly Schema Schema = TestSchema.Schema;

    private static T Type<T>(string name)
        where T : class, INamedType => Schema.GetType<T>(name)!;

    [Fact]
    public void Types_are_found_by_name_and_listed_in_declaration_order()
    {
        Schema.GetType("Dog").Should().BeOfType<ObjectType>();
        Schema.TypeMap["CatOrDog"].Should().BeOfType<UnionType>();
        Schema.GetType("Nope").Should().BeNull();
        Schema.GetType<InterfaceType>("Dog").Should().BeNull();
        Schema.Types.Select(type => type.Name).Should().ContainInOrder("UUID", "DateTime", "Url", "DogCommand", "Node", "Dog", "Query")
            .And.Contain(["String", "Boolean", "Int", "Float", "ID"]).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Built_in_scalars_are_the_shared_instances_and_provided_scalars_are_new_ones()
    {
        Schema.GetType("Int").Should().BeSameAs(Scalars.Int);
        Schema.GetType("UUID").Should().BeOfType<UuidType>().And.NotBeSameAs(Scalars.Uuid);
        Schema.GetType("Url").Should().BeOfType<CustomScalarType>();
    }

    [Fact]
    public void Possible_types_of_unions_and_interfaces()
    {
        Schema.GetPossibleTypes(Type<UnionType>("CatOrDog")).Select(type => type.Name).Should().Equal("Cat", "Dog");
        Schema.GetPossibleTypes(Type<InterfaceType>("Pet")).Select(type => type.Name).Should().Equal("Dog", "Cat");
        Schema.GetPossibleTypes(Type<InterfaceType>("Being")).Select(type => type.Name).Should().BeEquivalentTo(["Dog", "Cat", "Human", "Alien"]);
        Schema.GetPossibleTypes(Type<InterfaceType>("Mammal")).Select(type => type.Name).Should().Equal("Dog");
    }

    [Fact]
    public void Sub_types_include_implementing_interfaces()
    {
        var being = Type<InterfaceType>("Being");
        Schema.IsSubType(being, Type<InterfaceType>("Pet")).Should().BeTrue();
        Schema.IsSubType(being, Type<ObjectType>("Human")).Should().BeTrue();
        Schema.IsSubType(Type<InterfaceType>("Pet"), Type<ObjectType>("Human")).Should().BeFalse();
        Schema.IsSubType(Type<UnionType>("CatOrDog"), Type<ObjectType>("Dog")).Should().BeTrue();
        Schema.IsPossibleType(Type<UnionType>("HumanOrAlien"), Type<ObjectType>("Dog")).Should().BeFalse();
    }

    [Fact]
    public void Implementations_of_an_interface_are_split_into_objects_and_interfaces()
    {
        var implementations = Schema.GetImplementations(Type<InterfaceType>("Node"));

        implementations.Objects.Select(type => type.Name).Should().BeEquivalentTo(["Dog", "Cat", "Human", "Alien"]);
        implementations.Interfaces.Select(type => type.Name).Should().BeEquivalentTo(["Being", "Sentient", "Pet", "Canine"]);
    }

    [Fact]
    public void Type_comparators()
    {
        var dog = Type<ObjectType>("Dog");
        var pet = Type<InterfaceType>("Pet");
        TypeComparators.IsEqualType(Scalars.Int.NonNull().List(), Scalars.Int.NonNull().List()).Should().BeTrue();
        TypeComparators.IsEqualType(Scalars.Int.List(), Scalars.Int.NonNull().List()).Should().BeFalse();
        TypeComparators.IsTypeSubTypeOf(Schema, dog.NonNull(), pet).Should().BeTrue();
        TypeComparators.IsTypeSubTypeOf(Schema, dog.NonNull().List().NonNull(), pet.List()).Should().BeTrue();
        TypeComparators.IsTypeSubTypeOf(Schema, pet, dog).Should().BeFalse();
        TypeComparators.IsTypeSubTypeOf(Schema, Scalars.Int, Scalars.Int.NonNull()).Should().BeFalse();
        TypeComparators.IsTypeSubTypeOf(Schema, dog.List(), pet).Should().BeFalse();
        TypeComparators.DoTypesOverlap(Schema, pet, Type<UnionType>("CatOrDog")).Should().BeTrue();
        TypeComparators.DoTypesOverlap(Schema, pet, Type<UnionType>("HumanOrAlien")).Should().BeFalse();
        TypeComparators.DoTypesOverlap(Schema, dog, Type<ObjectType>("Cat")).Should().BeFalse();
        TypeComparators.DoTypesOverlap(Schema, dog, pet).Should().BeTrue();
        TypeComparators.DoTypesOverlap(Schema, Type<InterfaceType>("Sentient"), Type<UnionType>("DogOrHuman")).Should().BeTrue();
    }

    [Fact]
    public void Type_references_print_and_unwrap()
    {
        var type = Type<ObjectType>("Dog").NonNull().List().NonNull();

        type.ToString().Should().Be("[Dog!]!");
        type.Kind.Should().Be(TypeKind.NonNull);
        type.NamedType().Name.Should().Be("Dog");
        type.NullableType().ToString().Should().Be("[Dog!]");
        type.IsListType().Should().BeTrue();
        type.IsOutputType().Should().BeTrue();
        type.IsInputType().Should().BeFalse();
        Type<InputObjectType>("ComplexInput").List().IsInputType().Should().BeTrue();
        Scalars.Int.IsLeafType().Should().BeTrue();
        Type<UnionType>("CatOrDog").IsAbstractType().Should().BeTrue();
    }

    [Fact]
    public void A_non_null_type_cannot_wrap_a_non_null_type() =>
        FluentActions.Invoking(() => new NonNullType(Scalars.Int.NonNull())).Should().Throw<ArgumentException>();

    [Fact]
    public void Types_from_ast()
    {
        Schema.GetTypeFromAst(Parser.ParseType("[Dog!]")).Should().Be(Type<ObjectType>("Dog").NonNull().List());
        Schema.GetTypeFromAst(Parser.ParseType("[Ghost]")).Should().BeNull();
    }

    [Fact]
    public void Root_types_by_operation()
    {
        Schema.GetRootType(OperationType.Query).Should().BeSameAs(Schema.QueryType);
        Schema.GetRootType(OperationType.Mutation)!.Name.Should().Be("Mutation");
        Schema.GetRootType(OperationType.Subscription)!.Name.Should().Be("Subscription");
    }

    [Fact]
    public void Built_in_directives_come_first()
    {
        Schema.DirectiveDefinitions.Select(directive => directive.Name).Should().StartWith(["include", "skip", "deprecated", "specifiedBy", "oneOf"]);
        var deprecated = Schema.GetDirectiveDefinition("deprecated")!;
        deprecated.IsBuiltIn.Should().BeTrue();
        deprecated.GetArgument("reason")!.DefaultValue.Should().Be("No longer supported");
        deprecated.Locations.Should().Equal(DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue);
        Schema.GetDirectiveDefinition("tag")!.IsBuiltIn.Should().BeFalse();
    }

    [Fact]
    public void A_built_schema_is_frozen_but_execution_slots_stay_writable()
    {
        var schema = TestSchema.Build();
        var dog = schema.GetType<ObjectType>("Dog")!;
        var name = dog.GetField("name")!;

        dog.IsFrozen.Should().BeTrue();
        FluentActions.Invoking(() => dog.AddField(new FieldDefinition("extra", Scalars.Int))).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => name.Description = "x").Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => name.GetArgument("surname")!.DefaultValueLiteral = null).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => schema.GetType<EnumType>("FurColor")!.AddValue("PINK")).Should().Throw<InvalidOperationException>();

        var resolver = new object();
        name.Resolver = resolver;
        name.Features["cost"] = 3;
        name.Resolver.Should().BeSameAs(resolver);
        name.Features["cost"].Should().Be(3);
        dog.HasFeatures.Should().BeFalse();
    }

    [Fact]
    public void Types_can_be_configured_before_the_schema_is_frozen()
    {
        var resolver = new object();
        var schema = TestSchema.CreateBuilder()
            .ConfigureType<EnumType>("FurColor", furColor => furColor.GetValue("BROWN")!.Value = ConsoleColor.DarkYellow)
            .ConfigureType<ObjectType>("Query", query => query.GetField("dog")!.Resolver = resolver)
            .Build();

        var furColor = schema.GetType<EnumType>("FurColor")!;
        furColor.CoerceOutputValue(ConsoleColor.DarkYellow).Should().Be("BROWN");
        furColor.CoerceInputValue("BROWN").Should().Be(ConsoleColor.DarkYellow);
        schema.QueryType.GetField("dog")!.Resolver.Should().BeSameAs(resolver);
    }

    [Fact]
    public void Configuring_an_unknown_type_is_an_error() =>
        SchemaAssert.Invalid(
            new SchemaBuilder().AddTypeDefinitions("type Query { a: Int }").ConfigureType<EnumType>("Query", _ => { }),
            "Cannot configure type \"Query\": no EnumType type has that name.");

    [Fact]
    public void A_schema_built_in_code_collects_referenced_types()
    {
        var pet = new InterfaceType("Pet");
        pet.AddField(new FieldDefinition("name", Scalars.String.NonNull()));
        var dog = new ObjectType("Dog", "A dog.");
        dog.AddInterface(pet);
        dog.AddField(new FieldDefinition("name", Scalars.String.NonNull()));
        var input = new InputObjectType("DogInput");
        input.AddField(new InputValueDefinition("name", Scalars.String) { DefaultValueLiteral = new StringValueNode { Value = "Rex" } });
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("pet", pet)).AddArgument(new InputValueDefinition("by", input));

        var schema = new SchemaBuilder().SetQueryType(query).AddType(dog).SetDescription("In code.").Build();

        schema.Types.Select(type => type.Name).Should().Equal("Dog", "Query", "Pet", "String", "DogInput", "Boolean");
        schema.GetPossibleTypes(pet).Should().Equal(dog);
        schema.Description.Should().Be("In code.");
        input.GetField("name")!.DefaultValue.Should().Be("Rex");
        query.GetField("pet")!.GetArgument("by")!.Coordinate.Should().Be("Query.pet(by:)");
    }

    [Fact]
    public void Frozen_types_can_be_shared_by_two_schemas()
    {
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("a", Scalars.Int));
        var first = new SchemaBuilder().SetQueryType(query).Build();

        var second = new SchemaBuilder().SetQueryType(query).Build();

        second.QueryType.Should().BeSameAs(first.QueryType);
    }

    [Fact]
    public void Definitions_keep_their_order_and_reject_duplicates()
    {
        var type = new ObjectType("T");
        type.AddField(new FieldDefinition("b", Scalars.Int));
        type.AddField(new FieldDefinition("a", Scalars.Int));

        type.Fields.Select(field => field.Name).Should().Equal("b", "a");
        type.Fields["a"].Coordinate.Should().Be("T.a");
        FluentActions.Invoking(() => type.AddField(new FieldDefinition("a", Scalars.String))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ObjectType("1abc")).Should().Throw<ArgumentException>();
    }
}
