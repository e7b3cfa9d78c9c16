namespace Playbooks.Resolvers;

/// <summary>
/// A failure the caller can act on (wrong credentials, a missing row…), with a stable <see cref="Code"/>. Convention
/// mutations declare these (<c>[Error&lt;T&gt;]</c>) and report them as payload errors (<c>{ __typename message code }</c>);
/// thrown anywhere else (a subscription's topic check) the server's error filter turns them into a field error with the
/// same message and code, instead of a masked internal error.
/// </summary>
public abstract class DomainException(string message, string code) : Exception(message)
{
    /// <summary>Machine-readable, the same as <c>extensions.code</c> when reported as a field error.</summary>
    public string Code { get; } = code;
}
