namespace GraphQL.Execution;

/// <summary>
/// The resolver of a field that has none: the parent's entry or member named like the field. For a dictionary parent
/// (<see cref="IReadOnlyDictionary{TKey, TValue}"/> or <see cref="IDictionary{TKey, TValue}"/> of <c>string</c> to
/// <c>object?</c>, or <see cref="System.Collections.IDictionary"/>) the entry with the field's name; otherwise the public
/// instance property (or field) with that name, matched case-insensitively (an exact match wins). A missing entry or
/// member gives <c>null</c>.
/// </summary>
/// <remarks>
/// The lookup for a CLR type and field name is compiled to a delegate once and cached; no reflection runs per request.
/// </remarks>
public static class DefaultFieldResolver
{
    /// <summary>The default resolver as a <see cref="FieldResolver"/>.</summary>
    public static FieldResolver Instance { get; } = static context =>
        new ValueTask<object?>(Resolve(context.Parent, context.Field.Name));

    /// <summary>The value of <paramref name="fieldName"/> on <paramref name="parent"/>; <c>null</c> for a null parent.</summary>
    public static object? Resolve(object? parent, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        return parent is null ? null : MemberAccessors.Get(parent.GetType(), fieldName)(parent);
    }
}
