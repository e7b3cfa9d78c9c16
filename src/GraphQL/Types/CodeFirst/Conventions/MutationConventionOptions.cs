namespace GraphQL.Types.CodeFirst;

/// <summary>The names the mutation conventions give (see <see cref="CodeFirstSchemaBuilder.AddMutationConventions"/>).</summary>
public sealed class MutationConventionOptions
{
    public static MutationConventionOptions Default { get; } = new();

    /// <summary>Whether every mutation follows the conventions; when false only those marked <see cref="UseMutationConventionAttribute"/> do.</summary>
    public bool ApplyToAllMutations { get; init; } = true;

    /// <summary>The name of a convention mutation's one argument.</summary>
    public string InputArgumentName { get; init; } = "input";

    /// <summary>Appended to the mutation's name (in PascalCase) to name its input object.</summary>
    public string InputTypeNameSuffix { get; init; } = "Input";

    /// <summary>Appended to the mutation's name (in PascalCase) to name its payload.</summary>
    public string PayloadTypeNameSuffix { get; init; } = "Payload";

    /// <summary>Appended to the mutation's name (in PascalCase) to name the union of its errors.</summary>
    public string PayloadErrorTypeNameSuffix { get; init; } = "Error";

    /// <summary>The payload field listing the errors.</summary>
    public string PayloadErrorsFieldName { get; init; } = "errors";

    /// <summary>The interface every error type implements (<c>message: String!</c>).</summary>
    public string ErrorInterfaceName { get; init; } = "Error";
}
