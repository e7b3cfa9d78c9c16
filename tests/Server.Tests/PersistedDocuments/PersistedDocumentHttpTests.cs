using System.Net;
using System.Text.Json;
using GraphQL.Execution;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Playbooks.Server.Redis;
using static Playbooks.Server.Tests.Http.GraphQLHttpClient;

namespace Playbooks.Server.Tests.PersistedDocuments;

/// <summary>Trusted documents over HTTP, stored in the test Redis (the server's store when Redis is configured).</summary>
public sealed class PersistedDocumentHttpTests(PlaybooksServerFactory server) : IClassFixture<PlaybooksServerFactory>
{
    [Fact]
    public async Task Trusted_only_mode_runs_a_document_stored_in_redis_and_rejects_a_query_text()
    {
        using var trusted = server.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:PersistedDocuments:TrustedOnly", "true"));
        var query = $"query Trusted {{ echo(message: \"{Guid.NewGuid():N}\") }}";
        var hash = DocumentHash.Compute(query).ToString();
        var store = new RedisDocumentStore(trusted.Services.GetRequiredService<RedisConnection>());
        await store.AddTrustedAsync(hash, query);
        var client = trusted.CreateClient();

        using var adHoc = await client.SendAsync(PostQuery("{ version }", GraphQLResponseJson));
        using var post = await client.SendAsync(Post(JsonSerializer.Serialize(new { documentId = "sha256:" + hash })));
        using var get = await client.SendAsync(Get("documentId=sha256:" + hash));
        using var unknown = await client.SendAsync(Get("documentId=sha256:" + new string('0', 64), GraphQLResponseJson));

        adHoc.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await adHoc.ReadJsonAsync()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("PERSISTED_DOCUMENT_REQUIRED");
        (await post.ReadJsonAsync()).GetProperty("data").GetProperty("echo").GetString().Should().NotBeNullOrEmpty();
        (await get.ReadJsonAsync()).GetProperty("data").GetProperty("echo").GetString().Should().NotBeNullOrEmpty();
        (await unknown.ReadJsonAsync()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("PERSISTED_DOCUMENT_NOT_FOUND");
    }

    [Fact]
    public async Task A_stored_mutation_named_by_a_get_is_405()
    {
        using var trusted = server.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:PersistedDocuments:TrustedOnly", "true"));
        var mutation = $"mutation {{ echo(message: \"{Guid.NewGuid():N}\") {{ id }} }}";
        var hash = DocumentHash.Compute(mutation).ToString();
        await new RedisDocumentStore(trusted.Services.GetRequiredService<RedisConnection>()).AddTrustedAsync(hash, mutation);

        using var get = await trusted.CreateClient().SendAsync(Get("documentId=sha256:" + hash));

        get.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Automatic_persisted_queries_register_in_redis_and_are_found_by_another_server()
    {
        using var first = server.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:PersistedDocuments:Automatic", "true"));
        using var second = server.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:PersistedDocuments:Automatic", "true"));
        var query = $"{{ echo(message: \"{Guid.NewGuid():N}\") }}";
        var hash = DocumentHash.Compute(query).ToString();
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } };

        using var notFound = await first.CreateClient().SendAsync(Post(JsonSerializer.Serialize(new { extensions })));
        using var register = await first.CreateClient().SendAsync(Post(JsonSerializer.Serialize(new { query, extensions })));
        using var hit = await second.CreateClient().SendAsync(Get("extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(extensions))));

        var notFoundError = (await notFound.ReadJsonAsync()).GetProperty("errors")[0];
        notFoundError.GetProperty("message").GetString().Should().Be("PersistedQueryNotFound");
        notFoundError.GetProperty("extensions").GetProperty("code").GetString().Should().Be("PERSISTED_QUERY_NOT_FOUND");
        (await register.ReadJsonAsync()).GetProperty("data").GetProperty("echo").GetString().Should().NotBeNullOrEmpty();
        (await hit.ReadJsonAsync()).GetProperty("data").GetProperty("echo").GetString().Should().NotBeNullOrEmpty();
    }
}
