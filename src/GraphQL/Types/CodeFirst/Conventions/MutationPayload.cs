using GraphQL.Execution;

namespace GraphQL.Types.CodeFirst;

/// <summary>The value of a convention mutation's payload: the method's result, or the errors it reported instead.</summary>
internal sealed class MutationPayload(object? result, IReadOnlyList<PayloadError>? errors)
{
    public object? Result { get; } = result;

    /// <summary>Declared exceptions and <see cref="InputValidationError"/>s, wrapped; <c>null</c> when the mutation succeeded.</summary>
    public IReadOnlyList<PayloadError>? Errors { get; } = errors;

    public static ValueTask<object?> ResolveResult(IResolverContext context) => new(((MutationPayload)context.Parent!).Result);

    public static ValueTask<object?> ResolveErrors(IResolverContext context) => new(((MutationPayload)context.Parent!).Errors);
}
