using System.Collections.Frozen;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// <c>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Enums">§3.9 Enums</see>).
/// </summary>
/// <remarks>
/// Internal values are each <see cref="EnumValue.Value"/> (the name unless bound to something else, such as a CLR enum
/// member). Result coercion maps an internal value back to its name; a name string is accepted too.
/// </remarks>
public sealed class EnumType : NamedTypeBase, ILeafType
{
    private FrozenDictionary<object, EnumValue>? _byValue;

    public EnumType(string name, string? description = null)
        : base(name)
    {
        Description = description;
        Values = new DefinitionCollection<EnumValue>(static value => value.Name);
    }

    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values, in definition order.</summary>
    public DefinitionCollection<EnumValue> Values { get; }

    /// <summary>Adds a value; returns it.</summary>
    public EnumValue AddValue(EnumValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        ThrowIfFrozen();
        Values.Add(value);
        value.DeclaringType = this;
        return value;
    }

    public EnumValue AddValue(string name, object? value = null, string? description = null) =>
        AddValue(new EnumValue(name, value, description));

    public EnumValue? GetValue(string name) => Values.Find(name);

    /// <summary>The enum value whose internal value equals <paramref name="value"/>, or <c>null</c>.</summary>
    public EnumValue? FindByInternalValue(object value)
    {
        if (_byValue is not null)
        {
            return _byValue.TryGetValue(value, out var found) ? found : null;
        }

        foreach (var candidate in Values)
        {
            if (candidate.Value.Equals(value))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Result coercion (§3.9 "Result Coercion"): the name of the value.</summary>
    public object CoerceOutputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (FindByInternalValue(value) is { } found)
        {
            return found.Name;
        }

        if (value is string name && Values.Contains(name))
        {
            return name;
        }

        throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a variable value (§3.9 "Input Coercion"): a string naming a value.</summary>
    public object CoerceInputValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is not string name)
        {
            throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent non-string value: {ValueInspector.Inspect(value)}.");
        }

        return Values.Find(name)?.Value
            ?? throw new GraphQLCoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum.");
    }

    /// <summary>Input coercion of a literal (§3.9 "Input Coercion"): an enum value naming a value.</summary>
    public object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not EnumValueNode enumValue)
        {
            throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {Printer.Print(literal)}.");
        }

        return Values.Find(enumValue.Value)?.Value
            ?? throw new GraphQLCoercionException($"Value \"{enumValue.Value}\" does not exist in \"{Name}\" enum.");
    }

    public ValueNode ValueToLiteral(object value) => new EnumValueNode { Value = (string)CoerceOutputValue(value) };

    private protected override void OnFreeze()
    {
        var byValue = new Dictionary<object, EnumValue>(Values.Count);
        foreach (var value in Values)
        {
            value.Freeze();
            byValue.TryAdd(value.Value, value);
        }

        _byValue = byValue.ToFrozenDictionary();
    }
}
