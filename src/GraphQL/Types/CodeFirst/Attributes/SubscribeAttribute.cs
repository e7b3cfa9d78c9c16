namespace GraphQL.Types.CodeFirst;

/// <summary>
/// On a method of the subscription type: the method named <paramref name="sourceStreamMethod"/> (of the same class,
/// returning an <see cref="IAsyncEnumerable{T}"/>) produces the source stream, and this method resolves each event,
/// which it receives through a <see cref="ParentAttribute"/> parameter. The field's arguments are both methods'.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class SubscribeAttribute(string sourceStreamMethod) : Attribute
{
    public string SourceStreamMethod { get; } = sourceStreamMethod;
}
