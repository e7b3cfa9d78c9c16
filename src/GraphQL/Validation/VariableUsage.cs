using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// One place a variable is used in a value: the variable, the type the location expects, and the default value of
/// that location (<see href="https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed">All Variable Usages Are Allowed</see>).
/// </summary>
/// <param name="Node">The <c>$name</c> as written.</param>
/// <param name="Type">The type expected where the variable is used; <c>null</c> where the schema does not say (an unknown argument).</param>
/// <param name="DefaultValue">The default value of the argument or input field the variable is given for, or <c>null</c> when it has none.</param>
/// <param name="ParentType">The list or input object type the usage sits in, when it is nested in a value (used for OneOf input objects).</param>
public readonly record struct VariableUsage(VariableNode Node, IInputType? Type, ValueNode? DefaultValue, IInputType? ParentType)
{
    public string Name => Node.Name.Value;
}
