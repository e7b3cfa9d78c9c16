using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace GraphQL.Tests;

/// <summary>
/// The engine's shared test schema (<c>TestSchema.graphql</c> next to this file): the pets and people of the
/// specification's §5 examples, with every type-system feature. Use <see cref="Schema"/> in tests that only read it;
/// <see cref="Build"/> for a fresh copy (for example to attach resolvers).
/// </summary>
public static class TestSchema
{
    private static readonly Lazy<string> LazySdl = new(() => File.ReadAllText(Path.Combine(SourceDirectory(), "TestSchema.graphql")));
    private static readonly Lazy<Schema> LazySchema = new(Build);

    /// <summary>The schema's SDL.</summary>
    public static string Sdl => LazySdl.Value;

    /// <summary>One shared, frozen instance built from <see cref="Sdl"/>.</summary>
    public static Schema Schema => LazySchema.Value;

    /// <summary>Builds a new schema from <see cref="Sdl"/>.</summary>
    public static Schema Build() => SchemaBuilder.FromSdl(Sdl);

    /// <summary>A builder holding <see cref="Sdl"/>, for tests that configure types before building.</summary>
    public static SchemaBuilder CreateBuilder() => new SchemaBuilder().AddTypeDefinitions(Sdl);

    // The .graphql file is read from the source tree, found from this file's compile-time path, so the test project
    // needs no build item for it.
    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
