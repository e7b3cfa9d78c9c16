namespace GraphQL.Transport;

/// <summary>How <see cref="GraphQLEndpointExtensions.MapGraphQL"/> serves GraphQL over HTTP and the IDE.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>The largest request body read, in bytes; a larger one is answered with 413. 1 MiB by default.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Whether <c>GET</c> requests may run queries (never mutations: those get 405).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET /graphql?sdl</c> returns the schema in SDL.</summary>
    public bool EnableSdl { get; set; } = true;

    /// <summary>
    /// The folder holding the IDE's static files (Banana Cake Pop's <c>index.html</c>, <c>static/</c>…); no IDE when
    /// <c>null</c> or when the folder has no <c>index.html</c>.
    /// </summary>
    public string? IdeFilesPath { get; set; }

    /// <summary>The IDE's window title (<c>bcp-config.json</c>).</summary>
    public string IdeTitle { get; set; } = "GraphQL";
}
