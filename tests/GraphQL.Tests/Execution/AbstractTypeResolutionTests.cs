using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

/// <summary>§6.4.3 ResolveAbstractType(): the ways the object type of an interface or union value is found, and the failures.</summary>
public sealed class AbstractTypeResolutionTests
{
    private const string Query = "{ pet { __typename name } catOrDog { __typename } }";

    [Fact]
    public async Task A_ResolveType_hook_decides()
    {
        var schema = CreateSchema(new Animal("Rex", Barks: true));
        schema.GetType<InterfaceType>("Pet")!.ResolveType((value, context) => ((Animal)value).Barks ? context.Schema.GetType<ObjectType>("Dog") : null);
        schema.GetType<UnionType>("CatOrDog")!.ResolveType((value, context) => context.Schema.GetType<ObjectType>(((Animal)value).Barks ? "Dog" : "Cat"));

        var result = await schema.ExecuteAsync(Query);

        result.ShouldBeJson("""{ "data": { "pet": { "__typename": "Dog", "name": "Rex" }, "catOrDog": { "__typename": "Dog" } } }""");
    }

    [Fact]
    public async Task A_mapped_CLR_type_decides_also_for_derived_types()
    {
        var schema = CreateSchema(new Kitten("Tom"));
        schema.GetType<ObjectType>("Cat")!.MapClrType(typeof(Feline));
        schema.GetType<ObjectType>("Dog")!.MapClrType(typeof(Animal));

        var result = await schema.ExecuteAsync(Query);

        result.ShouldBeJson("""{ "data": { "pet": { "__typename": "Cat", "name": "Tom" }, "catOrDog": { "__typename": "Cat" } } }""");
    }

    [Fact]
    public async Task IsTypeOf_predicates_decide()
    {
        var schema = CreateSchema(new Animal("Tom", Barks: false));
        schema.GetType<ObjectType>("Dog")!.IsTypeOf((value, _) => value is Animal { Barks: true });
        schema.GetType<ObjectType>("Cat")!.IsTypeOf((value, _) => value is Animal { Barks: false });

        var result = await schema.ExecuteAsync(Query);

        result.ShouldBeJson("""{ "data": { "pet": { "__typename": "Cat", "name": "Tom" }, "catOrDog": { "__typename": "Cat" } } }""");
    }

    [Fact]
    public async Task A_typename_entry_of_a_dictionary_decides()
    {
        var schema = CreateSchema(new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Rex" });

        var result = await schema.ExecuteAsync(Query);

        result.ShouldBeJson("""{ "data": { "pet": { "__typename": "Dog", "name": "Rex" }, "catOrDog": { "__typename": "Dog" } } }""");
    }

    [Fact]
    public async Task A_CLR_type_named_like_a_possible_type_is_that_type()
    {
        var result = await Pets.CreateSchema().ExecuteAsync(Query);

        result.ShouldBeJson("""{ "data": { "pet": { "__typename": "Dog", "name": "Rex" }, "catOrDog": { "__typename": "Cat" } } }""");
    }

    [Fact]
    public async Task An_unresolvable_value_is_a_field_error()
    {
        var schema = CreateSchema(new Animal("Rex", Barks: true));

        var result = await schema.ExecuteAsync("{ pet { name } }");

        result.ShouldBeJson(
            """
            { "errors": [ { "message": "Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pet\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                "locations": [ { "line": 1, "column": 3 } ], "path": [ "pet" ], "extensions": { "code": "INTERNAL_SERVER_ERROR" } } ],
              "data": { "pet": null } }
            """);
    }

    [Fact]
    public async Task A_type_that_is_not_a_possible_type_is_a_field_error()
    {
        var schema = CreateSchema(new Animal("Zork", Barks: false));
        schema.GetType<UnionType>("CatOrDog")!.ResolveType((_, context) => context.Schema.GetType<ObjectType>("Alien"));

        var result = await schema.ExecuteAsync("{ catOrDog { __typename } }");

        result.Errors.Single().Message.Should().Be("Runtime Object type \"Alien\" is not a possible type for \"CatOrDog\".");
    }

    [Fact]
    public async Task A_typename_naming_an_unknown_type_is_a_field_error()
    {
        var schema = CreateSchema(new Dictionary<string, object?> { ["__typename"] = "Parrot" });

        var result = await schema.ExecuteAsync("{ catOrDog { __typename } }");

        result.Errors.Single().Message.Should().Be("Abstract type \"CatOrDog\" was resolved to a type \"Parrot\" that does not exist inside the schema.");
    }

    [Fact]
    public async Task IsTypeOf_is_checked_when_an_object_type_completes()
    {
        var schema = CreateSchema(new Animal("Rex", Barks: true));
        schema.QueryType.GetField("dog")!.Resolve(_ => new Animal("Tom", Barks: false));
        schema.GetType<ObjectType>("Dog")!.IsTypeOf((value, _) => value is Animal { Barks: true });

        var result = await schema.ExecuteAsync("{ dog { name } }");

        result.Errors.Single().Message.Should().Be("Expected value of type \"Dog\" but got: Animal { Name = Tom, Barks = False }.");
        result.Data!["dog"].Should().BeNull();
    }

    private static Schema CreateSchema(object pet)
    {
        var schema = TestSchema.Build();
        schema.QueryType.GetField("pet")!.Resolve(_ => pet);
        schema.QueryType.GetField("catOrDog")!.Resolve(_ => pet);
        return schema;
    }

    private record Animal(string Name, bool Barks);

    private record Feline(string Name) : Animal(Name, Barks: false);

    private sealed record Kitten(string Name) : Feline(Name);
}
