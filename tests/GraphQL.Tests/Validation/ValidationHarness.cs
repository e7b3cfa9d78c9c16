using System.Collections.Concurrent;
using System.Globalization;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Tests.Validation;

/// <summary>
/// Runs one rule over a document and asserts its errors exactly: messages, locations and order. Queries run against
/// <see cref="TestSchema"/> unless an SDL or schema is given.
/// </summary>
internal static class ValidationHarness
{
    private static readonly ConcurrentDictionary<string, Schema> SchemasBySdl = new(StringComparer.Ordinal);

    public static void ExpectValid(ValidationRule rule, string query) => ExpectValid(TestSchema.Schema, rule, query);

    public static void ExpectValid(string sdl, ValidationRule rule, string query) => ExpectValid(SchemaFrom(sdl), rule, query);

    public static void ExpectValid(Schema schema, ValidationRule rule, string query) => ExpectErrors(schema, rule, query);

    /// <summary>Expects errors with one location each (or none, written as line and column 0).</summary>
    public static void ExpectErrors(ValidationRule rule, string query, params (string Message, int Line, int Column)[] errors) =>
        ExpectErrors(TestSchema.Schema, rule, query, errors);

    public static void ExpectErrors(string sdl, ValidationRule rule, string query, params (string Message, int Line, int Column)[] errors) =>
        ExpectErrors(SchemaFrom(sdl), rule, query, errors);

    public static void ExpectErrors(Schema schema, ValidationRule rule, string query, params (string Message, int Line, int Column)[] errors)
    {
        var expected = new (string, (int, int)[])[errors.Length];
        for (var i = 0; i < errors.Length; i++)
        {
            var (message, line, column) = errors[i];
            expected[i] = (message, line == 0 && column == 0 ? [] : [(line, column)]);
        }

        ExpectErrorsWithLocations(schema, rule, query, expected);
    }

    public static void ExpectErrorsWithLocations(
        ValidationRule rule, string query, params (string Message, (int Line, int Column)[] Locations)[] errors) =>
        ExpectErrorsWithLocations(TestSchema.Schema, rule, query, errors);

    public static void ExpectErrorsWithLocations(
        string sdl, ValidationRule rule, string query, params (string Message, (int Line, int Column)[] Locations)[] errors) =>
        ExpectErrorsWithLocations(SchemaFrom(sdl), rule, query, errors);

    public static void ExpectErrorsWithLocations(
        Schema schema, ValidationRule rule, string query, params (string Message, (int Line, int Column)[] Locations)[] errors)
    {
        var actual = Validate(schema, query, rule);
        var expected = new string[errors.Length];
        for (var i = 0; i < errors.Length; i++)
        {
            expected[i] = Format(errors[i].Message, errors[i].Locations);
        }

        var actualFormatted = new string[actual.Count];
        for (var i = 0; i < actual.Count; i++)
        {
            var locations = new (int, int)[actual[i].Locations.Count];
            for (var j = 0; j < locations.Length; j++)
            {
                locations[j] = (actual[i].Locations[j].Line, actual[i].Locations[j].Column);
            }

            actualFormatted[i] = Format(actual[i].Message, locations);
            actual[i].Code.Should().Be(ErrorCodes.ValidationFailed);
        }

        actualFormatted.Should().Equal(expected);
    }

    /// <summary>Validates <paramref name="query"/> with the given rules only.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, string query, params ValidationRule[] rules) =>
        DocumentValidator.Validate(schema, Parser.Parse(query), new ValidationOptions { Rules = rules });

    /// <summary>A schema built from <paramref name="sdl"/>, once per distinct SDL.</summary>
    public static Schema SchemaFrom(string sdl) => SchemasBySdl.GetOrAdd(sdl, SchemaBuilder.FromSdl);

    private static string Format(string message, (int Line, int Column)[] locations)
    {
        var text = message;
        foreach (var (line, column) in locations)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" ({line}:{column})");
        }

        return text;
    }
}
