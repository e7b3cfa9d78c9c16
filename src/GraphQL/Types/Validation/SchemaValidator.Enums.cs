using GraphQL.Language;

namespace GraphQL.Types;

/// <summary><see href="https://spec.graphql.org/September2025/#sec-Enums.Type-Validation">§3.9 Enums, Type Validation</see>.</summary>
internal sealed partial class SchemaValidator
{
    /// <summary>One or more values, none named <c>true</c>, <c>false</c> or <c>null</c> or with a reserved name.</summary>
    private void ValidateEnum(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            _errors.Add(SchemaErrors.EnumWithoutValues(enumType.Name));
        }

        foreach (var value in enumType.Values)
        {
            if (value.Name is "true" or "false" or "null")
            {
                _errors.Add(SchemaErrors.EnumValueReserved(enumType.Name, value.Name));
            }

            ValidateName(value.Name, value.Coordinate);
            ValidateAppliedDirectives(value, DirectiveLocation.EnumValue, value.Coordinate);
        }
    }
}
