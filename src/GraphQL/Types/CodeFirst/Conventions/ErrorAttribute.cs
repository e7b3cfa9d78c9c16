namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Declares an exception a convention mutation (see <see cref="UseMutationConventionAttribute"/>) reports as data: when the
/// method throws it (or one derived from it), the payload's <c>errors</c> holds it and its result field is null. Its GraphQL
/// type is named after it (<c>PlaybookNotFoundException</c> → <c>PlaybookNotFoundError</c>), implements
/// <c>interface Error { message: String! }</c>, and has a field for each public property the exception class adds.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public class ErrorAttribute : Attribute
{
    public ErrorAttribute(Type exceptionType)
    {
        ArgumentNullException.ThrowIfNull(exceptionType);
        ExceptionType = exceptionType;
    }

    /// <summary>The exception type; must derive from <see cref="Exception"/>.</summary>
    public Type ExceptionType { get; }
}

/// <summary><see cref="ErrorAttribute"/> with the exception type as a type argument: <c>[Error&lt;PlaybookNotFoundException&gt;]</c>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class ErrorAttribute<TException> : ErrorAttribute
    where TException : Exception
{
    public ErrorAttribute()
        : base(typeof(TException))
    {
    }
}
