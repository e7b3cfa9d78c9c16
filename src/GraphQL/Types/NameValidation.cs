namespace GraphQL.Types;

/// <summary>
/// <c>Name :: NameStart NameContinue*</c> (<see href="https://spec.graphql.org/September2025/#sec-Names">§2.1.9 Names</see>)
/// and the reserved <c>__</c> prefix (<see href="https://spec.graphql.org/September2025/#sec-Names.Reserved-Names">§2.1.9.1 Reserved Names</see>).
/// </summary>
internal static class NameValidation
{
    public static bool IsValid(string name)
    {
        if (string.IsNullOrEmpty(name) || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsReserved(string name) => name.StartsWith("__", StringComparison.Ordinal);

    public static void ThrowIfInvalid(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsValid(name))
        {
            throw new ArgumentException($"Names must match /^[_a-zA-Z][_a-zA-Z0-9]*$/ but \"{name}\" does not.", nameof(name));
        }
    }
}
