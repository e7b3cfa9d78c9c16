using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// The messages of execution errors, written once (worded like graphql-js, so clients see familiar text), and the one
/// place where a resolver's exception becomes a <see cref="GraphQLError"/>.
/// </summary>
internal static class ExecutionErrors
{
    public const string InternalMessage = "Internal server error.";

    // §6.1 GetOperation
    public static GraphQLError NoOperation() =>
        GraphQLError.Create("Must provide an operation.", code: ErrorCodes.OperationResolutionFailure);

    public static GraphQLError OperationNameRequired() =>
        GraphQLError.Create("Must provide operation name if query contains multiple operations.", code: ErrorCodes.OperationResolutionFailure);

    public static GraphQLError UnknownOperation(string name) =>
        GraphQLError.Create($"Unknown operation named \"{name}\".", code: ErrorCodes.OperationResolutionFailure);

    public static GraphQLError OperationNotSupported(OperationDefinitionNode operation) =>
        GraphQLError.Create(
            $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.",
            LocationsOf(operation),
            code: ErrorCodes.OperationResolutionFailure);

    public static GraphQLError MissingDocument() =>
        GraphQLError.Create("Must provide a query string or a parsed document.", code: ErrorCodes.ParseFailed);

    // §6.1.2 CoerceVariableValues
    public static GraphQLError VariableNotInputType(VariableDefinitionNode definition) =>
        GraphQLError.BadUserInput(
            $"Variable \"${definition.Variable.Name.Value}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
            definition.Type);

    public static GraphQLError VariableNotProvided(VariableDefinitionNode definition, IType type) =>
        GraphQLError.BadUserInput($"Variable \"${definition.Variable.Name.Value}\" of required type \"{type}\" was not provided.", definition);

    public static GraphQLError VariableNull(VariableDefinitionNode definition, IType type) =>
        GraphQLError.BadUserInput($"Variable \"${definition.Variable.Name.Value}\" of non-null type \"{type}\" must not be null.", definition);

    public static GraphQLError VariableInvalid(VariableDefinitionNode definition, object? invalidValue, InputCoercionError error)
    {
        var name = definition.Variable.Name.Value;
        var at = error.Path.Count > 0 ? $" at \"{InputCoercionError.FormatPath(error.Path, name)}\"" : string.Empty;
        return GraphQLError.BadUserInput($"Variable \"${name}\" got invalid value {ValueInspector.Inspect(invalidValue)}{at}; {error.Reason}", definition);
    }

    public static GraphQLError VariableDefaultInvalid(VariableDefinitionNode definition, InputCoercionError error) =>
        GraphQLError.BadUserInput($"Variable \"${definition.Variable.Name.Value}\" has an invalid default value: {error.Message}", definition);

    // §6.4.1 CoerceArgumentValues
    public static GraphQLError ArgumentNotProvided(InputValueDefinition argument, SyntaxNode node) =>
        GraphQLError.BadUserInput($"Argument \"{argument.Name}\" of required type \"{argument.Type}\" was not provided.", node);

    public static GraphQLError ArgumentVariableNotProvided(InputValueDefinition argument, VariableNode variable) =>
        GraphQLError.BadUserInput(
            $"Argument \"{argument.Name}\" of required type \"{argument.Type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
            variable);

    public static GraphQLError ArgumentNull(InputValueDefinition argument, SyntaxNode node) =>
        GraphQLError.BadUserInput($"Argument \"{argument.Name}\" of non-null type \"{argument.Type}\" must not be null.", node);

    public static GraphQLError ArgumentInvalid(InputValueDefinition argument, ValueNode value, InputCoercionError error) =>
        GraphQLError.BadUserInput($"Argument \"{argument.Name}\" has invalid value {Printer.Print(value)}. {error.Message}", error.Node ?? value);

    // §6.4.3 Value Completion
    public static GraphQLError NonNullViolation(FieldSelection selection, ResultPath path) =>
        Located($"Cannot return null for non-nullable field {selection.DeclaringType.Name}.{selection.Field.Name}.", selection, path);

    public static GraphQLError NotIterable(FieldSelection selection, ResultPath path) =>
        Located($"Expected Iterable, but did not find one for field \"{selection.DeclaringType.Name}.{selection.Field.Name}\".", selection, path);

    public static GraphQLError LeafNotSerializable(string message, FieldSelection selection, ResultPath path) => Located(message, selection, path);

    public static GraphQLError AbstractTypeNotResolved(IAbstractType abstractType, FieldSelection selection, ResultPath path) =>
        Located(
            $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{selection.DeclaringType.Name}.{selection.Field.Name}\". " +
            $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
            selection,
            path);

    public static GraphQLError UnknownRuntimeType(IAbstractType abstractType, string typeName, FieldSelection selection, ResultPath path) =>
        Located($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.", selection, path);

    public static GraphQLError NotPossibleType(IAbstractType abstractType, ObjectType runtimeType, FieldSelection selection, ResultPath path) =>
        Located($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".", selection, path);

    public static GraphQLError NotOfType(ObjectType objectType, object value, FieldSelection selection, ResultPath path) =>
        Located($"Expected value of type \"{objectType.Name}\" but got: {ValueInspector.Inspect(value)}.", selection, path);

    // §6.2.3 Subscriptions
    public static GraphQLError NotAStream(object? value, FieldSelection selection, ResultPath path) =>
        Located($"Subscription field must return AsyncIterable. Received: {ValueInspector.Inspect(value)}.", selection, path);

    public static GraphQLError IntrospectionDisabled(FieldSelection selection, ResultPath path) =>
        GraphQLError.Create(
            $"Introspection is disabled: the field \"{selection.Field.Name}\" cannot be queried.",
            LocationsOf(selection.Nodes),
            path.ToList(),
            ErrorCodes.IntrospectionDisabled);

    public static GraphQLError Timeout(TimeSpan timeout) =>
        GraphQLError.Create(
            string.Create(CultureInfo.InvariantCulture, $"The request exceeded the execution timeout of {timeout.TotalSeconds:0.###} seconds."),
            code: ErrorCodes.RequestTimeout);

    public static GraphQLError Cancelled() => GraphQLError.Create("The request was cancelled.", code: ErrorCodes.RequestCancelled);

    /// <summary>
    /// The errors a field failure reports: a <see cref="GraphQLException"/>'s errors (located at the field when they are not),
    /// a <see cref="GraphQLError"/> returned as the value, or a masked internal error.
    /// </summary>
    public static void FromFailure(object failure, FieldSelection selection, ResultPath path, bool includeDetails, List<GraphQLError> into)
    {
        switch (failure)
        {
            case GraphQLException exception:
                foreach (var error in exception.Errors)
                {
                    into.Add(Locate(error, selection, path));
                }

                break;
            case GraphQLError error:
                into.Add(Locate(error, selection, path));
                break;
            case Exception exception:
                into.Add(FromException(exception, selection, path, includeDetails));
                break;
        }
    }

    /// <summary>An unexpected exception: masked, or with its message, type and stack trace when details are on.</summary>
    public static GraphQLError FromException(Exception exception, FieldSelection selection, ResultPath path, bool includeDetails)
    {
        if (!includeDetails)
        {
            return GraphQLError.Create(InternalMessage, LocationsOf(selection.Nodes), path.ToList(), ErrorCodes.InternalServerError, exception);
        }

        return GraphQLError.Create(exception.Message, LocationsOf(selection.Nodes), path.ToList(), ErrorCodes.InternalServerError, exception)
            .WithExtension("exception", new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["type"] = exception.GetType().FullName,
                ["stackTrace"] = exception.StackTrace,
            });
    }

    /// <summary>The error with the field's locations and path where it has none.</summary>
    public static GraphQLError Locate(GraphQLError error, FieldSelection selection, ResultPath path)
    {
        if (error.Locations.Count == 0)
        {
            error = error.WithLocations(LocationsOf(selection.Nodes));
        }

        return error.Path is null ? error.WithPath(path.ToList()) : error;
    }

    public static SourceLocation[] LocationsOf(IReadOnlyList<FieldNode> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.Location.Line > 0)
            {
                locations.Add(node.Location.ToSourceLocation());
            }
        }

        return [.. locations];
    }

    private static SourceLocation[] LocationsOf(SyntaxNode node) => node.Location.Line > 0 ? [node.Location.ToSourceLocation()] : [];

    private static GraphQLError Located(string message, FieldSelection selection, ResultPath path) =>
        GraphQLError.Create(message, LocationsOf(selection.Nodes), path.ToList(), ErrorCodes.InternalServerError);
}
