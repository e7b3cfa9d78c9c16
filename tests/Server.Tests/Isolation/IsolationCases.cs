using System.Text.Json;
using Playbooks.Resolvers.Auth;

namespace Playbooks.Server.Tests.Isolation;

/// <summary>
/// One entry per root field of the schema. Adding a root field? Add its case here: a field that reads tenant rows proves A
/// gets none of B's (ask for B's ids: not found, null or an error, never B's data); a mutation proves A cannot change B's
/// rows (B's row is unchanged afterwards); a subscription proves A receives none of B's events, even with B's ids.
/// <see cref="NoTenantData"/> is for fields that read no tenant data at all (say why).
/// </summary>
public static class IsolationCases
{
    public static IReadOnlyList<IsolationCase> All { get; } =
    [
        NoTenantData("Query.serverTime", "{ serverTime }", "the server's clock"),
        NoTenantData("Query.version", "{ version }", "the build's version"),
        NoTenantData("Query.echo", """{ echo(message: "hi") }""", "returns its argument"),

        new("Query.me", async s =>
        {
            var me = (await s.PostAsync(s.A.Member, "{ me { user { id email } organization { id slug } role } }")).Data("me");
            me.GetProperty("organization").GetProperty("id").GetGuid().Should().Be(s.A.Id);
            me.GetProperty("user").GetProperty("email").GetString().Should().Be("member@acme.test");
            s.B.UserIds.Should().NotContain(me.GetProperty("user").GetProperty("id").GetGuid());
        }),

        new("Query.apiKeys", async s =>
        {
            var bKey = await CreateApiKeyAsync(s, s.B.Admin, "globex-listed");
            var keys = (await s.PostAsync(s.A.Admin, "{ apiKeys { id name } }")).Data("apiKeys");
            keys.EnumerateArray().Select(k => k.GetProperty("id").GetString()).Should().NotContain(bKey.Id);
        }),

        new("Mutation.login", async s =>
        {
            // A token from A's sign-in runs as A and nothing else.
            var token = await s.LoginAsync("viewer@acme.test");
            var me = (await s.PostAsync(token, "{ me { organization { id } } }")).Data("me");
            me.GetProperty("organization").GetProperty("id").GetGuid().Should().Be(s.A.Id);
        }),

        new("Mutation.echo", async s =>
        {
            // Echo writes no rows; its events go only to the sender's organization (see Subscription.echoed).
            var response = await s.PostAsync(s.A.Member, """mutation { echo(message: "from acme") { message } }""");
            response.Data("echo").GetProperty("message").GetString().Should().Be("from acme");
        }),

        new("Mutation.createApiKey", async s =>
        {
            var aKey = await CreateApiKeyAsync(s, s.A.Admin, "acme-created");
            var asKey = (await s.PostAsync(aKey.Secret, "{ me { organization { id } apiKeyName } }")).Data("me");
            asKey.GetProperty("organization").GetProperty("id").GetGuid().Should().Be(s.A.Id);
            var bKeys = (await s.PostAsync(s.B.Admin, "{ apiKeys { id } }")).Data("apiKeys");
            bKeys.EnumerateArray().Select(k => k.GetProperty("id").GetString()).Should().NotContain(aKey.Id);
        }),

        new("Mutation.revokeApiKey", async s =>
        {
            var bKey = await CreateApiKeyAsync(s, s.B.Admin, "globex-kept");
            var response = await s.PostAsync(s.A.Admin, "mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }", new { id = bKey.Id });
            response.ErrorCode().Should().Be(AuthErrorCodes.NotFound);
            response.Data("revokeApiKey").ValueKind.Should().NotBe(JsonValueKind.Object);
            // B's key still signs in as B.
            var stillB = (await s.PostAsync(bKey.Secret, "{ me { organization { id } } }")).Data("me");
            stillB.GetProperty("organization").GetProperty("id").GetGuid().Should().Be(s.B.Id);
        }),

        new("Subscription.echoed", async s =>
        {
            using var aSocket = await s.Server.ConnectAsync(s.A.Member);
            await aSocket.SendJsonAsync(new { id = "a", type = "subscribe", payload = new { query = "subscription { echoed { message } }" } });
            await Task.Delay(300); // registered before the first publish
            var marker = Guid.NewGuid().ToString("N");
            await s.PostAsync(s.B.Member, "mutation($m: String!) { echo(message: $m) { id } }", new { m = "globex-" + marker });
            await s.PostAsync(s.A.Member, "mutation($m: String!) { echo(message: $m) { id } }", new { m = "acme-" + marker });

            // A's socket sees its own echo, and B's (published before it) never.
            while (true)
            {
                var message = await aSocket.ReceiveJsonAsync();
                message.GetProperty("type").GetString().Should().Be("next", message.ToString());
                var text = message.GetProperty("payload").GetProperty("data").GetProperty("echoed").GetProperty("message").GetString()!;
                text.Should().NotStartWith("globex-");
                if (text == "acme-" + marker)
                {
                    break;
                }
            }
        }),
    ];

    /// <summary>A field that reads no tenant rows: it answers A and there is nothing of B's it could give.</summary>
    public static IsolationCase NoTenantData(string coordinate, string query, string because) =>
        new(coordinate, async s =>
        {
            var response = await s.PostAsync(s.A.Viewer, query);
            response.ErrorCode().Should().BeNull($"{coordinate} reads no tenant data ({because}): {response}");
        });

    private static async Task<(string Id, string Secret)> CreateApiKeyAsync(IsolationServer s, string adminToken, string name)
    {
        var response = await s.PostAsync(adminToken, "mutation($n: String!) { createApiKey(name: $n, role: MEMBER) { apiKey { id } secret } }", new { n = name });
        response.ErrorCode().Should().BeNull(response.ToString());
        var created = response.Data("createApiKey");
        return (created.GetProperty("apiKey").GetProperty("id").GetString()!, created.GetProperty("secret").GetString()!);
    }
}
