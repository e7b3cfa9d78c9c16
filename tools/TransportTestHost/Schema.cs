using System.Runtime.CompilerServices;
using GraphQL.Execution;

namespace TransportTestHost;

public sealed class Query
{
    public string Hello(string? name = null) => "Hello " + (name ?? "world");

    /// <summary>The <c>token</c> of the connection_init payload, kept by the OnConnect hook.</summary>
    public string? Whoami(IResolverContext context) => context.ContextData.TryGetValue("user", out var user) ? user as string : null;
}

public sealed class Mutation
{
    private static int s_counter;

    public int Increment() => Interlocked.Increment(ref s_counter);
}

public sealed class Subscription
{
    /// <summary>1, 2, … <paramref name="to"/>, one every <paramref name="delayMs"/> milliseconds, then the end of the stream.</summary>
    public async IAsyncEnumerable<int> Counter(int to, int delayMs = 10, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Delay(delayMs, cancellationToken);
            yield return i;
        }
    }
}
