namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Exposes a mutation method through the mutation conventions, with or without
/// <see cref="CodeFirstSchemaBuilder.AddMutationConventions"/>: <c>createX(input: CreateXInput!): CreateXPayload!</c>. The
/// properties override the names the conventions would give; <see cref="Disabled"/> leaves the method a plain field when
/// the conventions apply to all mutations.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class UseMutationConventionAttribute : Attribute
{
    /// <summary>The input object's name; <c>{Field}Input</c> (<c>CreatePlaybookInput</c>) by default.</summary>
    public string? InputTypeName { get; init; }

    /// <summary>The name of the one argument; <see cref="MutationConventionOptions.InputArgumentName"/> by default.</summary>
    public string? InputArgumentName { get; init; }

    /// <summary>The payload's name; <c>{Field}Payload</c> by default.</summary>
    public string? PayloadTypeName { get; init; }

    /// <summary>The payload field holding the result; the result type's name in camelCase (<c>playbook</c>) by default.</summary>
    public string? PayloadFieldName { get; init; }

    /// <summary>The name of the union of the declared errors; <c>{Field}Error</c> by default.</summary>
    public string? PayloadErrorTypeName { get; init; }

    /// <summary>Whether this mutation stays a plain field even though the conventions apply to all mutations.</summary>
    public bool Disabled { get; init; }
}
