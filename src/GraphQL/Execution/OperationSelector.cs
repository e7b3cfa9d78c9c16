using System.Diagnostics.CodeAnalysis;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// The select-operation stage: <see href="https://spec.graphql.org/September2025/#GetOperation()">GetOperation()</see>
/// (§6.1), failing with <see cref="ErrorCodes.OperationResolutionFailure"/>; also refuses an operation whose root type the
/// schema lacks.
/// </summary>
internal static class OperationSelector
{
    public static bool TrySelect(
        PreparedDocument document,
        string? operationName,
        Schema schema,
        [NotNullWhen(true)] out OperationDefinitionNode? operation,
        [NotNullWhen(false)] out GraphQLError? error)
    {
        operation = null;
        error = null;
        var operations = document.Operations;
        if (string.IsNullOrEmpty(operationName))
        {
            if (operations.Count == 1)
            {
                operation = operations[0];
            }
            else
            {
                error = operations.Count == 0 ? ExecutionErrors.NoOperation() : ExecutionErrors.OperationNameRequired();
                return false;
            }
        }
        else
        {
            foreach (var candidate in operations)
            {
                if (candidate.Name?.Value == operationName)
                {
                    operation = candidate;
                    break;
                }
            }

            if (operation is null)
            {
                error = ExecutionErrors.UnknownOperation(operationName);
                return false;
            }
        }

        if (schema.GetRootType(operation.Operation) is null)
        {
            error = ExecutionErrors.OperationNotSupported(operation);
            operation = null;
            return false;
        }

        return true;
    }
}
