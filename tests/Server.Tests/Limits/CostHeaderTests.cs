using System.Net;
using static Playbooks.Server.Tests.Http.GraphQLHttpClient;

namespace Playbooks.Server.Tests.Limits;

/// <summary>The <c>GraphQL-Cost</c> request header and the default limits at /graphql.</summary>
public sealed class CostHeaderTests(PlaybooksServerFactory server) : IClassFixture<PlaybooksServerFactory>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task Report_adds_the_cost_to_the_result()
    {
        using var request = PostQuery("{ echo(message: \"hi\") }");
        request.Headers.Add("GraphQL-Cost", "report");

        using var response = await _client.SendAsync(request);

        var json = await response.ReadJsonAsync();
        json.GetProperty("data").GetProperty("echo").GetString().Should().Be("hi");
        var cost = json.GetProperty("extensions").GetProperty("cost");
        cost.GetProperty("fieldCost").GetDouble().Should().Be(0);
        cost.GetProperty("maxFieldCost").GetDouble().Should().Be(10_000);
    }

    [Fact]
    public async Task Validate_reports_without_executing()
    {
        using var request = PostQuery("mutation { echo(message: \"not sent\") { id } }");
        request.Headers.Add("GraphQL-Cost", "validate");

        using var response = await _client.SendAsync(request);

        var json = await response.ReadJsonAsync();
        json.GetProperty("data").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "nothing ran");
        json.GetProperty("extensions").GetProperty("cost").GetProperty("typeCost").GetDouble().Should().Be(1);
    }

    [Fact]
    public async Task Too_many_aliases_are_rejected_with_their_code()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 31).Select(i => $"a{i}: version"));

        using var response = await _client.SendAsync(PostQuery("{ " + aliases + " }", GraphQLResponseJson));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var codes = (await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("extensions").GetProperty("code").GetString());
        codes.Should().Contain("ALIAS_LIMIT_EXCEEDED");
    }
}
