using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;

namespace Playbooks.Server.Tests.Limits;

/// <summary>OpenTelemetry is built only when an OTLP endpoint is configured.</summary>
public sealed class TelemetrySetupTests(PlaybooksServerFactory server) : IClassFixture<PlaybooksServerFactory>
{
    [Fact]
    public void Without_an_endpoint_nothing_is_exported()
    {
        server.Services.GetService<OpenTelemetrySdk>().Should().BeNull();
    }

    [Fact]
    public void With_an_endpoint_the_sdk_exports_the_graphql_source()
    {
        using var exporting = server.WithWebHostBuilder(builder => builder.UseSetting("OpenTelemetry:OtlpEndpoint", "http://127.0.0.1:4317"));

        var sdk = exporting.Services.GetService<OpenTelemetrySdk>();

        sdk.Should().NotBeNull();
        sdk!.TracerProvider.Should().NotBeNull();
    }
}
