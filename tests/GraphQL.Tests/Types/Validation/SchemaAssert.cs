using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary>The harness of the schema validation tests: a schema is valid, or fails with exactly the given errors.</summary>
internal static class SchemaAssert
{
    public static Schema Valid(string sdl) => SchemaBuilder.FromSdl(sdl);

    public static void Invalid(string sdl, params string[] errors) =>
        FluentActions.Invoking(() => SchemaBuilder.FromSdl(sdl))
            .Should().Throw<SchemaValidationException>().Which.Errors.Should().BeEquivalentTo(errors);

    public static void Invalid(SchemaBuilder builder, params string[] errors) =>
        FluentActions.Invoking(builder.Build)
            .Should().Throw<SchemaValidationException>().Which.Errors.Should().BeEquivalentTo(errors);
}
