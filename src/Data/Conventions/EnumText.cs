using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Playbooks.Data.Conventions;

/// <summary>Every enum is stored as lower snake_case text (<c>AgentExecution</c> → <c>agent_execution</c>),
/// and every enum column gets a CHECK constraint listing exactly these values (see
/// <see cref="ModelConventions"/>), so the database rejects what the model would never write.</summary>
public static class EnumText
{
    public static IReadOnlyList<string> Values(Type enumType) =>
        Enum.GetNames(enumType).Select(SnakeCase.From).ToArray();

    public static string ToText<TEnum>(TEnum value) where TEnum : struct, Enum => Names<TEnum>.ToText[value];

    public static TEnum Parse<TEnum>(string text) where TEnum : struct, Enum =>
        Names<TEnum>.FromText.TryGetValue(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a value of {typeof(TEnum).Name} ({string.Join(", ", Names<TEnum>.FromText.Keys)}).");

    public static ValueConverter CreateConverter(Type enumType) =>
        (ValueConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(enumType))!;

    private static class Names<TEnum> where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ToText =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => SnakeCase.From(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> FromText =
            ToText.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }

    private sealed class Converter<TEnum>() : ValueConverter<TEnum, string>(v => ToText(v), v => Parse<TEnum>(v))
        where TEnum : struct, Enum;
}
