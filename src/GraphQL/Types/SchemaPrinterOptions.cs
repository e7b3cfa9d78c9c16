namespace GraphQL.Types;

/// <summary>Choices <see cref="SchemaPrinter"/> offers beyond graphql-js's <c>printSchema</c>; the defaults print exactly like it.</summary>
public sealed record SchemaPrinterOptions
{
    /// <summary>The defaults: the schema's type order and no custom applied directives, as graphql-js prints.</summary>
    public static SchemaPrinterOptions Default { get; } = new();

    /// <summary>
    /// Prints the types sorted by name (ordinal) instead of in <see cref="Schema.Types"/> order. Directives keep
    /// their definition order, and fields, arguments and values keep theirs.
    /// </summary>
    public bool SortTypes { get; init; }

    /// <summary>
    /// Also prints the custom directives applied to the schema, types, fields, arguments, enum values and input fields
    /// (<see cref="SchemaElement.Directives"/>), after the <c>@deprecated</c>, <c>@specifiedBy</c> or <c>@oneOf</c> that
    /// graphql-js prints. graphql-js leaves them out; so does the default. A schema with applied directives then gets a
    /// <c>schema</c> block even when its root types have the default names.
    /// </summary>
    public bool IncludeAppliedDirectives { get; init; }
}
