using GraphQL.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Playbooks.Server.Hosting;

/// <summary>
/// Exports traces and metrics over OTLP when an endpoint is configured (<c>OpenTelemetry:OtlpEndpoint</c>, or the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>): ASP.NET Core's, Npgsql's and the GraphQL engine's (<see cref="GraphQLTelemetry"/>).
/// Without an endpoint nothing listens, so the engine measures nothing. The hosting packages are absent from the mirror:
/// the SDK is built with <see cref="OpenTelemetrySdk.Create"/> and disposed with the host's services.
/// </summary>
internal static class TelemetrySetup
{
    public const string ServiceName = "playbooks-server";

    public static WebApplicationBuilder AddPlaybooksTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = configuration["OpenTelemetry:OtlpEndpoint"];
        var fromEnvironment = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(configured) && string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return builder;
        }

        // The exporter reads OTEL_EXPORTER_OTLP_ENDPOINT itself; a configured endpoint takes precedence.
        Uri? endpoint = string.IsNullOrWhiteSpace(configured) ? null : new Uri(configured);
        builder.Services.AddSingleton(_ => OpenTelemetrySdk.Create(otel => otel
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource("Microsoft.AspNetCore", "Npgsql", GraphQLTelemetry.Name)
                .AddOtlpExporter(options => SetEndpoint(options, endpoint, "v1/traces")))
            .WithMetrics(metrics => metrics
                .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Npgsql", GraphQLTelemetry.Name)
                .AddOtlpExporter(options => SetEndpoint(options, endpoint, "v1/metrics")))));
        return builder;
    }

    /// <summary>Starts the exporters (resolving the SDK registers its listeners) before the first request.</summary>
    public static WebApplication UsePlaybooksTelemetry(this WebApplication app)
    {
        _ = app.Services.GetService<OpenTelemetrySdk>();
        return app;
    }

    private static void SetEndpoint(OpenTelemetry.Exporter.OtlpExporterOptions options, Uri? endpoint, string signalPath)
    {
        if (endpoint is null)
        {
            return;
        }

        // OTLP/HTTP needs the signal's path; OTLP/gRPC (the default protocol) takes the base address.
        options.Endpoint = options.Protocol == OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf
            ? new Uri(endpoint, signalPath)
            : endpoint;
    }
}
