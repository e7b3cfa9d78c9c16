using System.Collections.Frozen;

namespace GraphQL.Types;

/// <summary>
/// Shared, frozen instances of the built-in scalars (<see href="https://spec.graphql.org/September2025/#sec-Scalars.Built-in-Scalars">§3.5 Built-in Scalars</see>)
/// and of the extra scalars this engine provides (<c>UUID</c>, <c>DateTime</c>, <c>Date</c>, <c>JSON</c>, <c>Long</c>, <c>Decimal</c>).
/// </summary>
/// <remarks>
/// A schema built from SDL uses these instances for the five built-in scalars. For a provided scalar it declares
/// (<c>scalar UUID</c>) it creates a new instance, so that the SDL's description and directives can be attached.
/// </remarks>
public static class Scalars
{
    public static ScalarType Int { get; } = Frozen(new IntType());

    public static ScalarType Float { get; } = Frozen(new FloatType());

    public static ScalarType String { get; } = Frozen(new StringType());

    public static ScalarType Boolean { get; } = Frozen(new BooleanType());

    public static ScalarType ID { get; } = Frozen(new IdType());

    public static ScalarType Uuid { get; } = Frozen(new UuidType());

    public static ScalarType DateTime { get; } = Frozen(new DateTimeType());

    public static ScalarType Date { get; } = Frozen(new DateType());

    public static ScalarType Json { get; } = Frozen(new JsonType());

    public static ScalarType Long { get; } = Frozen(new LongType());

    public static ScalarType Decimal { get; } = Frozen(new DecimalType());

    /// <summary>The five scalars of the specification, which every schema may use without declaring them.</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [Int, Float, String, Boolean, ID];

    /// <summary>
    /// Factories of the provided scalars by name; <see cref="SchemaBuilder"/> uses them when SDL declares a scalar of that name.
    /// </summary>
    public static IReadOnlyDictionary<string, Func<ScalarType>> Provided { get; } = new Dictionary<string, Func<ScalarType>>(StringComparer.Ordinal)
    {
        ["UUID"] = static () => new UuidType(),
        ["DateTime"] = static () => new DateTimeType(),
        ["Date"] = static () => new DateType(),
        ["JSON"] = static () => new JsonType(),
        ["Long"] = static () => new LongType(),
        ["Decimal"] = static () => new DecimalType(),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The built-in scalar with that name, or <c>null</c>.</summary>
    public static ScalarType? GetSpecified(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    internal static bool IsSpecified(ScalarType type) => ReferenceEquals(GetSpecified(type.Name), type);

    private static ScalarType Frozen(ScalarType type)
    {
        type.Freeze();
        return type;
    }
}
