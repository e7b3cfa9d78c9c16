using System.Text.Json;
using GraphQL.Data.GlobalIds;
using Microsoft.EntityFrameworkCore;
using Playbooks.Data.Entities;
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

        new("Query.playbooks", async s =>
        {
            var everything = await s.PostAsync(s.A.Viewer, "{ playbooks(first: 100) { nodes { id organizationId steps { id } triggers { id } } } }");
            AssertOnlyA(s, everything.Data("playbooks"), "Playbook", s.B.PlaybookIds);
            var bRows = await s.PostAsync(s.A.Viewer, "query($b: UUID!) { playbooks(where: { organizationId: { eq: $b } }) { nodes { id } } }", new { b = s.B.Id });
            bRows.Data("playbooks").GetProperty("nodes").GetArrayLength().Should().Be(0, bRows.ToString());
        }),

        new("Query.playbook", async s =>
        {
            var response = await s.PostAsync(s.A.Viewer, "query($id: ID!) { playbook(id: $id) { id name } }", new { id = GlobalId.Encode("Playbook", s.B.PlaybookIds[0]) });
            response.Data("playbook").ValueKind.Should().Be(JsonValueKind.Null, response.ToString());

            // A's own playbook: its executions (a nested connection) hold none of B's.
            var own = await s.PostAsync(s.A.Viewer, "query($id: ID!) { playbook(id: $id) { executions(first: 100) { nodes { id organizationId } } } }",
                new { id = GlobalId.Encode("Playbook", await PlaybookWithExecutionsAsync(s, s.A)) });
            AssertOnlyA(s, own.Data("playbook").GetProperty("executions"), "PlaybookExecution", s.B.ExecutionIds);
        }),

        new("Query.playbookByKey", async s =>
        {
            // Both organizations have the catalog's keys: A gets its own version, never B's.
            var response = await s.PostAsync(s.A.Viewer, """{ playbookByKey(key: "expansion-timing") { id organizationId } }""");
            var playbook = response.Data("playbookByKey");
            playbook.GetProperty("organizationId").GetGuid().Should().Be(s.A.Id, response.ToString());
            s.B.PlaybookIds.Select(id => GlobalId.Encode("Playbook", id)).Should().NotContain(playbook.GetProperty("id").GetString());
        }),

        new("Query.playbookExecutions", async s =>
        {
            // A filter across the relation to playbooks matches rows of both organizations in the database: A gets only its own.
            var byKey = await s.PostAsync(s.A.Viewer, """
                { playbookExecutions(first: 100, where: { playbook: { key: { eq: "expansion-timing" } } }) { nodes { id organizationId playbook { organizationId } } } }
                """);
            var executions = byKey.Data("playbookExecutions");
            AssertOnlyA(s, executions, "PlaybookExecution", s.B.ExecutionIds);
            executions.GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("playbook").GetProperty("organizationId").GetGuid()).Should().OnlyContain(id => id == s.A.Id);

            var byBPlaybook = await s.PostAsync(s.A.Viewer, "query($p: UUID!) { playbookExecutions(where: { playbookId: { eq: $p } }) { nodes { id } } }",
                new { p = await PlaybookWithExecutionsAsync(s, s.B) });
            byBPlaybook.Data("playbookExecutions").GetProperty("nodes").GetArrayLength().Should().Be(0, byBPlaybook.ToString());
        }),

        new("Query.playbookExecution", async s =>
        {
            var response = await s.PostAsync(s.A.Viewer, "query($id: ID!) { playbookExecution(id: $id) { id stepResults { id } } }",
                new { id = GlobalId.Encode("PlaybookExecution", s.B.ExecutionIds[0]) });
            response.Data("playbookExecution").ValueKind.Should().Be(JsonValueKind.Null, response.ToString());
        }),

        new("Query.playbookReports", async s =>
        {
            s.B.ReportIds.Should().NotBeEmpty();
            var byExecution = await s.PostAsync(s.A.Viewer, """
                { playbookReports(first: 100, where: { execution: { playbook: { key: { in: ["activation-blitz", "expansion-timing", "renewal-safeguard", "sla-stabilizer", "voc-sprint"] } } } }) { nodes { id organizationId } } }
                """);
            AssertOnlyA(s, byExecution.Data("playbookReports"), "PlaybookReport", s.B.ReportIds);

            var byBPlaybook = await s.PostAsync(s.A.Viewer, "query($b: UUID!) { playbookReports(where: { playbook: { organizationId: { eq: $b } } }) { nodes { id } } }", new { b = s.B.Id });
            byBPlaybook.Data("playbookReports").GetProperty("nodes").GetArrayLength().Should().Be(0, byBPlaybook.ToString());
        }),

        new("Query.playbookReport", async s =>
        {
            var response = await s.PostAsync(s.A.Viewer, "query($id: ID!) { playbookReport(id: $id) { id playbookName } }", new { id = GlobalId.Encode("PlaybookReport", s.B.ReportIds[0]) });
            response.Data("playbookReport").ValueKind.Should().Be(JsonValueKind.Null, response.ToString());
        }),

        new("Query.activePlaybooks", async s =>
        {
            // One agent id on an active playbook of each organization: each sees only its own.
            var agentId = Guid.NewGuid();
            await using (var db = s.Server.Database.CreateSystemContext())
            {
                foreach (var id in new[] { s.A.PlaybookIds[0], s.B.PlaybookIds[0] })
                {
                    var playbook = await db.Playbooks.SingleAsync(p => p.Id == id);
                    (playbook.AgentId, playbook.Status) = (agentId, PlaybookStatus.Active);
                }

                await db.SaveChangesAsync();
            }

            const string query = "query($agent: UUID!) { activePlaybooks(agentId: $agent) { id } }";
            var ofA = (await s.PostAsync(s.A.Viewer, query, new { agent = agentId })).Data("activePlaybooks");
            ofA.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).Should().Equal(s.A.PlaybookIds[0]);
            var ofB = (await s.PostAsync(s.B.Viewer, query, new { agent = agentId })).Data("activePlaybooks");
            ofB.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).Should().Equal(s.B.PlaybookIds[0]);
        }),

        new("Query.playbookExecutionSummary", async s =>
        {
            const string query = "query($id: ID!) { playbookExecutionSummary(playbookId: $id) { totalExecutions } }";
            var ofB = await s.PostAsync(s.A.Viewer, query, new { id = GlobalId.Encode("Playbook", await PlaybookWithExecutionsAsync(s, s.B)) });
            ofB.Data("playbookExecutionSummary").ValueKind.Should().Be(JsonValueKind.Null, ofB.ToString());
            var ofA = await s.PostAsync(s.A.Viewer, query, new { id = GlobalId.Encode("Playbook", await PlaybookWithExecutionsAsync(s, s.A)) });
            ofA.Data("playbookExecutionSummary").GetProperty("totalExecutions").GetInt64().Should().BeGreaterThan(0, ofA.ToString());
        }),

        new("Query.node", async s =>
        {
            foreach (var id in BGlobalIds(s))
            {
                var response = await s.PostAsync(s.A.Viewer, "query($id: ID!) { node(id: $id) { id } }", new { id });
                response.Data("node").ValueKind.Should().Be(JsonValueKind.Null, response.ToString());
            }
        }),

        new("Query.nodes", async s =>
        {
            const string query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }";
            var response = await s.PostAsync(s.A.Viewer, query, new { ids = BGlobalIds(s) });
            response.Data("nodes").EnumerateArray().Should().OnlyContain(node => node.ValueKind == JsonValueKind.Null, response.ToString());

            // The same ids are real nodes for B: the nulls above are isolation, not malformed ids.
            var ofB = await s.PostAsync(s.B.Viewer, query, new { ids = BGlobalIds(s) });
            ofB.Data("nodes").EnumerateArray().Should().OnlyContain(node => node.ValueKind == JsonValueKind.Object, ofB.ToString());
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
            var response = await s.PostAsync(s.A.Admin,
                "mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id revokedAt } errors { __typename ... on NotFoundError { code } } } }", new { id = bKey.Id });
            var payload = response.Data("revokeApiKey");
            payload.GetProperty("apiKey").ValueKind.Should().Be(JsonValueKind.Null, response.ToString());
            payload.GetProperty("errors")[0].GetProperty("code").GetString().Should().Be(AuthErrorCodes.NotFound);
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

    /// <summary>A connection's <c>nodes</c> are some rows, all A's, and hold none of <paramref name="bIds"/> (as global ids of <paramref name="typeName"/>).</summary>
    private static void AssertOnlyA(IsolationServer s, JsonElement connection, string typeName, IEnumerable<Guid> bIds)
    {
        connection.ValueKind.Should().Be(JsonValueKind.Object);
        var nodes = connection.GetProperty("nodes").EnumerateArray().ToList();
        nodes.Should().NotBeEmpty("A has rows of its own here");
        nodes.Select(n => n.GetProperty("organizationId").GetGuid()).Should().OnlyContain(id => id == s.A.Id);
        nodes.Select(n => n.GetProperty("id").GetString()).Should().NotIntersectWith(bIds.Select(id => GlobalId.Encode(typeName, id)));
    }

    /// <summary>Global ids of B's rows of every node type the isolation data has.</summary>
    private static List<string> BGlobalIds(IsolationServer s) =>
    [
        GlobalId.Encode("Playbook", s.B.PlaybookIds[0]),
        GlobalId.Encode("PlaybookExecution", s.B.ExecutionIds[0]),
        GlobalId.Encode("PlaybookReport", s.B.ReportIds[0]),
    ];

    private static async Task<Guid> PlaybookWithExecutionsAsync(IsolationServer s, Tenant tenant)
    {
        await using var db = s.Server.Database.CreateSystemContext();
        return await db.PlaybookExecutions.Where(e => e.OrganizationId == tenant.Id).Select(e => e.PlaybookId).FirstAsync();
    }

    private static async Task<(string Id, string Secret)> CreateApiKeyAsync(IsolationServer s, string adminToken, string name)
    {
        var response = await s.PostAsync(adminToken,
            "mutation($n: String!) { createApiKey(input: { name: $n, role: MEMBER }) { createApiKeyResult { apiKey { id } secret } } }", new { n = name });
        response.ErrorCode().Should().BeNull(response.ToString());
        var created = response.Data("createApiKey").GetProperty("createApiKeyResult");
        return (created.GetProperty("apiKey").GetProperty("id").GetString()!, created.GetProperty("secret").GetString()!);
    }
}
