namespace GraphQL.Language;

/// <summary>Converts between <see cref="DirectiveLocation"/> and its grammar spelling (<c>FIELD_DEFINITION</c>…).</summary>
public static class DirectiveLocationNames
{
    // Indexed by the enum's value.
    private static readonly string[] Names =
    [
        "QUERY",
        "MUTATION",
        "SUBSCRIPTION",
        "FIELD",
        "FRAGMENT_DEFINITION",
        "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION",
        "SCHEMA",
        "SCALAR",
        "OBJECT",
        "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION",
        "INTERFACE",
        "UNION",
        "ENUM",
        "ENUM_VALUE",
        "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION",
    ];

    public static string GetName(DirectiveLocation location) => Names[(int)location];

    public static bool TryParse(ReadOnlySpan<char> name, out DirectiveLocation location)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                location = (DirectiveLocation)i;
                return true;
            }
        }

        location = default;
        return false;
    }
}
