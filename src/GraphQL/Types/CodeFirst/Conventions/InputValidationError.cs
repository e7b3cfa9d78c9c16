namespace GraphQL.Types.CodeFirst;

/// <summary>
/// A payload error of a convention mutation whose input breaks a
/// <see cref="System.ComponentModel.DataAnnotations.ValidationAttribute"/> (<c>[MaxLength(200)]</c>, <c>[Range(1, 10)]</c>…)
/// on a parameter or input property; the method is not called. GraphQL type <c>InputValidationError</c>.
/// </summary>
/// <param name="Message">The attribute's message, naming the GraphQL field.</param>
/// <param name="Path">Where in the input: field names and list indices, e.g. <c>["steps", "2", "title"]</c>.</param>
public sealed record InputValidationError(string Message, IReadOnlyList<string> Path);
