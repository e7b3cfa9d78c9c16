using GraphQL.Execution;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Runs a convention mutation's compiled method: validates the input, hands the method the input's fields as its
/// arguments, and wraps what happens in a <see cref="MutationPayload"/>. A declared exception becomes a payload error;
/// any other propagates and is a field error as usual (§6.4.4).
/// </summary>
internal sealed class MutationConventionResolver(IReadOnlyList<Type> errorTypes, InputValidationPlan? validation, string? inputArgumentName)
{
    private static readonly IReadOnlyDictionary<string, object?> NoInput = new Dictionary<string, object?>(0, StringComparer.Ordinal);

    public FieldResolver Decorate(FieldResolver method) => context => ResolveAsync(method, context);

    private async ValueTask<object?> ResolveAsync(FieldResolver method, IResolverContext context)
    {
        if (inputArgumentName is not null)
        {
            var input = context.Arguments.TryGetValue(inputArgumentName, out var value) && value is IReadOnlyDictionary<string, object?> fields
                ? fields
                : NoInput;
            if (validation?.Validate(input) is { Count: > 0 } failures)
            {
                return new MutationPayload(null, [.. failures.Select(failure => new PayloadError(failure))]);
            }

            context = new InputResolverContext(context, input);
        }

        try
        {
            return new MutationPayload(await method(context).ConfigureAwait(false), null);
        }
        catch (Exception exception) when (IsDeclared(exception))
        {
            return new MutationPayload(null, [new PayloadError(exception)]);
        }
    }

    private bool IsDeclared(Exception exception)
    {
        foreach (var type in errorTypes)
        {
            if (type.IsInstanceOfType(exception))
            {
                return true;
            }
        }

        return false;
    }
}
