using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

/// <summary>Plain CLR data for the shared test schema, and a schema with resolvers over it.</summary>
internal static class Pets
{
    public static Human Alice { get; } = new("h1", "Alice", 120);

    public static Dog Rex { get; } = new("d1", "Rex") { Nickname = "Rexy", BarkVolume = 7, Owner = Alice, FurColor = "BROWN" };

    public static Dog Fido { get; } = new("d2", "Fido") { BarkVolume = 3, FurColor = "BLACK" };

    public static Cat Tom { get; } = new("c1", "Tom") { MeowVolume = 5, Lives = 9 };

    public static Alien Zork { get; } = new("a1", "Zork") { HomePlanet = "Mars", NumEyes = 3 };

    /// <summary>The test schema with resolvers for the query root, and CLR types mapped by name (Dog → Dog, …).</summary>
    public static Schema CreateSchema()
    {
        var schema = TestSchema.Build();
        var query = schema.QueryType;
        query.GetField("dog")!.Resolve(_ => Rex);
        query.GetField("cat")!.Resolve(_ => Tom);
        query.GetField("pet")!.Resolve(_ => Rex);
        query.GetField("alien")!.Resolve(_ => Zork);
        query.GetField("human")!.Resolve(_ => Alice);
        query.GetField("catOrDog")!.Resolve(_ => Tom);
        query.GetField("pets")!.Resolve(_ => new object[] { Rex, Tom, Fido });
        query.GetField("search")!.Resolve(_ => new object[] { Rex, Alice, Zork });
        Alice.Pets = [Rex, Tom];
        return schema;
    }
}

internal sealed class Dog(string id, string name)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public string? Nickname { get; init; }

    public int? BarkVolume { get; init; }

    public Human? Owner { get; init; }

    public string? FurColor { get; init; }
}

internal sealed class Cat(string id, string name)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public int? MeowVolume { get; init; }

    public int? Lives { get; init; }
}

internal sealed class Human(string id, string name, int iq)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public int Iq { get; } = iq;

    public IReadOnlyList<object> Pets { get; set; } = [];
}

internal sealed class Alien(string id, string name)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public string? HomePlanet { get; init; }

    public int? NumEyes { get; init; }
}
