using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// The <see cref="ValidationAttribute"/>s of a convention mutation's input, by GraphQL field, checked against the coerced
/// input (internal values: strings, numbers, enum members, lists, dictionaries for input objects) before the method runs.
/// </summary>
internal sealed class InputValidationPlan(IReadOnlyList<InputValidationPlan.Field> fields)
{
    /// <summary>One input field: its attributes, and the plan of its input object (or of its list's input objects).</summary>
    public sealed record Field(string Name, ValidationAttribute[] Attributes, InputValidationPlan? Nested);

    /// <summary>Every broken rule, each with its path in the input.</summary>
    public List<InputValidationError> Validate(IReadOnlyDictionary<string, object?> input)
    {
        var failures = new List<InputValidationError>();
        Validate(input, [], failures);
        return failures;
    }

    private void Validate(IReadOnlyDictionary<string, object?> values, List<string> path, List<InputValidationError> failures)
    {
        foreach (var field in fields)
        {
            values.TryGetValue(field.Name, out var value);
            path.Add(field.Name);
            foreach (var attribute in field.Attributes)
            {
                var context = new ValidationContext(values) { MemberName = field.Name, DisplayName = field.Name };
                if (attribute.GetValidationResult(value, context) is { } result && result != ValidationResult.Success)
                {
                    failures.Add(new InputValidationError(result.ErrorMessage ?? attribute.FormatErrorMessage(field.Name), [.. path]));
                }
            }

            if (field.Nested is { } nested)
            {
                nested.ValidateNested(value, path, failures);
            }

            path.RemoveAt(path.Count - 1);
        }
    }

    private void ValidateNested(object? value, List<string> path, List<InputValidationError> failures)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> inputObject:
                Validate(inputObject, path, failures);
                break;
            case IEnumerable items and not string:
                var index = 0;
                foreach (var item in items)
                {
                    path.Add(index.ToString(CultureInfo.InvariantCulture));
                    ValidateNested(item, path, failures);
                    path.RemoveAt(path.Count - 1);
                    index++;
                }

                break;
        }
    }
}
