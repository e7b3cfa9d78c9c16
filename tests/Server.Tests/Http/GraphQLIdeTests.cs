using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using static Playbooks.Server.Tests.Http.GraphQLHttpClient;

namespace Playbooks.Server.Tests.Http;

/// <summary>Banana Cake Pop at /graphql: browsers are sent to it, GraphQL requests are not.</summary>
public sealed class GraphQLIdeTests(PlaybooksServerFactory server) : IClassFixture<PlaybooksServerFactory>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private readonly HttpClient _client = server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_browser_opening_graphql_is_redirected_to_the_IDE()
    {
        using var response = await _client.SendAsync(Get("", BrowserAccept).WithUri("/graphql"));

        response.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.OriginalString.Should().Be("/graphql/");
    }

    [Fact]
    public async Task The_IDE_page_is_its_index_html()
    {
        using var response = await _client.GetAsync(new Uri("/graphql/", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("<title>Banana Cake Pop</title>");
    }

    [Fact]
    public async Task The_IDE_configuration_uses_the_browser_url_without_telemetry()
    {
        using var response = await _client.GetAsync(new Uri("/graphql/bcp-config.json", UriKind.Relative));
        var config = await response.ReadJsonAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        JsonSerializer.Serialize(config).Should().Be("""{"useBrowserUrlAsEndpoint":true,"title":"GraphQL Playbooks","disableTelemetry":true}""");
    }

    [Theory]
    [InlineData(".js", "text/javascript")]
    [InlineData(".css", "text/css")]
    [InlineData(".woff2", "font/woff2")]
    [InlineData(".ttf", "font/ttf")]
    [InlineData(".webmanifest", "application/manifest+json")]
    public async Task The_IDE_files_have_their_content_types(string extension, string contentType)
    {
        var file = IdeFiles().First(f => f.EndsWith(extension, StringComparison.Ordinal));

        using var response = await _client.GetAsync(new Uri("/graphql/" + file, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(contentType);
    }

    [Fact]
    public async Task The_ChilliCream_license_ships_with_the_IDE()
    {
        using var response = await _client.GetAsync(new Uri("/graphql/LICENSE", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("ChilliCream");
    }

    [Fact]
    public async Task Paths_outside_the_IDE_folder_are_not_served()
    {
        using var response = await _client.GetAsync(new Uri("/graphql/..%2F..%2Fappsettings.json", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_browser_GET_with_a_query_is_a_GraphQL_request()
    {
        using var response = await _client.SendAsync(Get("query=%7B%20version%20%7D", BrowserAccept));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.ReadJsonAsync()).GetProperty("data").GetProperty("version").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Without_the_IDE_files_the_server_still_serves_GraphQL()
    {
        using var withoutIde = server.WithWebHostBuilder(b => b.UseSetting("GraphQL:IdePath", Path.Combine(Path.GetTempPath(), "no-ide-here")));
        using var client = withoutIde.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var page = await client.SendAsync(Get("", BrowserAccept).WithUri("/graphql"));
        using var ide = await client.GetAsync(new Uri("/graphql/", UriKind.Relative));
        using var query = await client.SendAsync(PostQuery("{ version }"));

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ide.StatusCode.Should().Be(HttpStatusCode.NotFound);
        query.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>The IDE's files as the server's output holds them, relative to its folder, with '/'.</summary>
    private static IEnumerable<string> IdeFiles()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "ide");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }
}

internal static class HttpRequestMessageExtensions
{
    public static HttpRequestMessage WithUri(this HttpRequestMessage request, string uri)
    {
        request.RequestUri = new Uri(uri, UriKind.Relative);
        return request;
    }
}
