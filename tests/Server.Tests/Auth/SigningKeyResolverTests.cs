using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Playbooks.Server.Auth;

namespace Playbooks.Server.Tests.Auth;

/// <summary>Where the token signing key comes from; there is no built-in one.</summary>
public sealed class SigningKeyResolverTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "signing-key-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Production_without_a_key_refuses_to_start()
    {
        var act = () => SigningKeyResolver.Resolve(new AuthOptions(), Environment(Environments.Production), NullLogger.Instance);

        act.Should().Throw<InvalidOperationException>().WithMessage("*Auth:SigningKey*");
    }

    [Fact]
    public void A_key_file_is_created_once_and_then_reused()
    {
        var options = new AuthOptions { SigningKeyFile = Path.Combine(_folder, "key") };

        var first = SigningKeyResolver.Resolve(options, Environment(Environments.Production), NullLogger.Instance);
        var second = SigningKeyResolver.Resolve(options, Environment(Environments.Production), NullLogger.Instance);

        first.Key.Should().HaveCountGreaterThanOrEqualTo(32).And.Equal(second.Key);
    }

    [Fact]
    public void A_short_key_is_refused()
    {
        var act = () => SigningKeyResolver.Resolve(new AuthOptions { SigningKey = "too-short" }, Environment(Environments.Production), NullLogger.Instance);

        act.Should().Throw<InvalidOperationException>().WithMessage("*at least 32*");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
