using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace GraphQL.Transport.Ide;

/// <summary>
/// Banana Cake Pop, served from its static files (<see cref="GraphQLServerOptions.IdeFilesPath"/>) with no request leaving
/// the server: <c>{path}/</c> is its <c>index.html</c>, <c>{path}/bcp-config.json</c> its configuration, the rest its files.
/// </summary>
internal sealed class GraphQLIdeFiles : IDisposable
{
    private const string ConfigFile = "bcp-config.json";

    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    private readonly PhysicalFileProvider? _files;
    private readonly byte[] _config;

    public GraphQLIdeFiles(GraphQLServerOptions options, ILogger logger)
    {
        var path = options.IdeFilesPath;
        if (path is not null && File.Exists(Path.Combine(path, "index.html")))
        {
            _files = new PhysicalFileProvider(Path.GetFullPath(path));
        }
        else
        {
            logger.LogWarning(
                "The GraphQL IDE is not served: no index.html in '{IdePath}'. Build src/Server (it runs 'npm ci --prefix ide' and copies the IDE into the output) to get it.",
                path ?? "(not configured)");
        }

        _config = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["useBrowserUrlAsEndpoint"] = true,
            ["title"] = options.IdeTitle,
            ["disableTelemetry"] = true,
        });
    }

    public bool IsAvailable => _files is not null;

    public void Dispose() => _files?.Dispose();

    /// <summary>Serves <paramref name="file"/> (relative to the IDE's folder; empty for <c>index.html</c>).</summary>
    public async Task ServeAsync(HttpContext context, string? file)
    {
        var response = context.Response;
        file = string.IsNullOrEmpty(file) ? "index.html" : file;
        if (file == ConfigFile)
        {
            response.ContentType = "application/json; charset=utf-8";
            response.Headers.CacheControl = "no-cache";
            await response.Body.WriteAsync(_config, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var info = _files?.GetFileInfo(file);
        if (info is null || !info.Exists || info.IsDirectory || info.PhysicalPath is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(_files is null ? "The GraphQL IDE is not installed on this server." : "Not found.", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        response.ContentType = ContentTypes.TryGetContentType(info.Name, out var contentType) ? contentType : "application/octet-stream";
        // Files under static/ carry a content hash in their names; index.html and the rest may change with the package.
        response.Headers.CacheControl = file.StartsWith("static/", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        response.ContentLength = info.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await response.SendFileAsync(info, context.RequestAborted).ConfigureAwait(false);
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".js"] = "text/javascript; charset=utf-8";
        provider.Mappings[".mjs"] = "text/javascript; charset=utf-8";
        provider.Mappings[".css"] = "text/css; charset=utf-8";
        provider.Mappings[".html"] = "text/html; charset=utf-8";
        provider.Mappings[".json"] = "application/json; charset=utf-8";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".woff2"] = "font/woff2";
        provider.Mappings[".ttf"] = "font/ttf";
        provider.Mappings[".svg"] = "image/svg+xml";
        provider.Mappings[".txt"] = "text/plain; charset=utf-8";
        provider.Mappings[""] = "text/plain; charset=utf-8";
        return provider;
    }
}
