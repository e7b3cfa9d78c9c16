using System.Text.Json;
using GraphQL;
using Playbooks.Resolvers.Auth;
using Playbooks.Server.Tests.Isolation;

namespace Playbooks.Server.Tests.Auth;

/// <summary><c>login</c>, what anonymous requests reach, API keys.</summary>
public sealed class SignInTests(PlaybooksServerFactory server) : IClassFixture<PlaybooksServerFactory>
{
    private const string Login = """
        mutation($e: String!, $p: String!) {
          login(input: { email: $e, password: $p }) {
            loginResult { token expiresAt user { email role } }
            errors { __typename ... on Error { message } ... on InvalidCredentialsError { code } ... on TooManyLoginAttemptsError { code retryAfterSeconds } }
          }
        }
        """;

    [Fact]
    public async Task Login_returns_a_token_that_signs_the_user_in()
    {
        var response = await server.PostAsync(null, Login, new { e = "ADMIN@tests.test", p = PlaybooksServerFactory.TestUserPassword });

        response.Data("login").GetProperty("errors").ValueKind.Should().Be(JsonValueKind.Null, response.ToString());
        var login = response.Data("login").GetProperty("loginResult");
        login.GetProperty("user").GetProperty("email").GetString().Should().Be(PlaybooksServerFactory.TestUserEmail);
        login.GetProperty("user").GetProperty("role").GetString().Should().Be("ADMIN");
        var me = (await server.PostAsync(login.GetProperty("token").GetString(), "{ me { user { email } role } }")).Data("me");
        me.GetProperty("user").GetProperty("email").GetString().Should().Be(PlaybooksServerFactory.TestUserEmail);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_payload_error()
    {
        var wrongPassword = await server.PostAsync(null, Login, new { e = PlaybooksServerFactory.TestUserEmail, p = "nope" });
        var unknown = await server.PostAsync(null, Login, new { e = "nobody@tests.test", p = "nope" });

        // Data, not a GraphQL error: the payload's errors, and the same ones whether the address has an account or not.
        wrongPassword.ErrorCode().Should().BeNull(wrongPassword.ToString());
        var error = LoginError(wrongPassword);
        error.GetProperty("__typename").GetString().Should().Be("InvalidCredentialsError");
        error.GetProperty("code").GetString().Should().Be(AuthErrorCodes.InvalidCredentials);
        error.GetProperty("message").GetString().Should().Be("Invalid e-mail or password.");
        wrongPassword.Data("login").GetProperty("loginResult").ValueKind.Should().Be(JsonValueKind.Null);
        unknown.Data("login").ToString().Should().Be(wrongPassword.Data("login").ToString());
    }

    [Fact]
    public async Task Repeated_failures_are_refused_even_with_the_right_password_then()
    {
        const string email = "limited@tests.test";
        await using (var db = server.Database.CreateSystemContext())
        {
            var user = new Playbooks.Data.Entities.User { OrganizationId = PlaybooksServerFactory.TestOrganizationId, Email = email, Name = "Limited", PasswordHash = "" };
            user.PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<Playbooks.Data.Entities.User>().HashPassword(user, "right-password");
            db.Users.Add(user);
            await db.SaveChangesAsync();
        }

        for (var i = 0; i < 5; i++)
        {
            LoginError(await server.PostAsync(null, Login, new { e = email, p = "wrong" })).GetProperty("code").GetString().Should().Be(AuthErrorCodes.InvalidCredentials);
        }

        var refused = LoginError(await server.PostAsync(null, Login, new { e = email, p = "right-password" }));
        refused.GetProperty("__typename").GetString().Should().Be("TooManyLoginAttemptsError");
        refused.GetProperty("code").GetString().Should().Be(AuthErrorCodes.TooManyAttempts);
        refused.GetProperty("retryAfterSeconds").GetInt32().Should().BePositive();
    }

    [Fact]
    public async Task Anonymous_requests_reach_login_typename_and_introspection_only()
    {
        (await server.PostAsync(null, "{ __typename }")).Data("__typename").GetString().Should().Be("Query");
        (await server.PostAsync(null, "{ __schema { queryType { name } } }")).ErrorCode().Should().BeNull();
        (await server.PostAsync(null, "{ version }")).ErrorCode().Should().Be(ErrorCodes.AuthNotAuthenticated);
        (await server.PostAsync(null, """mutation { echo(message: "x") { id } }""")).ErrorCode().Should().Be(ErrorCodes.AuthNotAuthenticated);
    }

    [Fact]
    public async Task Introspection_for_anonymous_users_can_be_switched_off()
    {
        await using var closed = new PlaybooksServerFactory
        {
            Settings = new Dictionary<string, string?> { ["Auth:AllowAnonymousIntrospection"] = "false" },
        };
        await ((IAsyncLifetime)closed).InitializeAsync();

        (await closed.PostAsync(null, "{ __schema { queryType { name } } }")).ErrorCode().Should().Be(ErrorCodes.IntrospectionDisabled);
        (await closed.PostAsync(null, "{ __typename }")).ErrorCode().Should().BeNull();
        (await closed.PostAsync(closed.TestToken, "{ __schema { queryType { name } } }")).ErrorCode().Should().BeNull();
    }

    [Fact]
    public async Task An_api_key_signs_in_until_it_is_revoked_and_is_shown_once()
    {
        var created = (await server.PostAsync(server.TestToken,
            """mutation { createApiKey(input: { name: "etl", role: VIEWER }) { createApiKeyResult { apiKey { id prefix role } secret } } }"""))
            .Data("createApiKey").GetProperty("createApiKeyResult");
        var secret = created.GetProperty("secret").GetString()!;
        var id = created.GetProperty("apiKey").GetProperty("id").GetString();
        secret.Should().StartWith(created.GetProperty("apiKey").GetProperty("prefix").GetString());

        var me = (await server.PostAsync(secret, "{ me { user { id } role apiKeyName organization { id } } }")).Data("me");
        me.GetProperty("user").ValueKind.Should().Be(JsonValueKind.Null);
        me.GetProperty("role").GetString().Should().Be("VIEWER");
        me.GetProperty("apiKeyName").GetString().Should().Be("etl");

        // A VIEWER key cannot mutate; the key is stored hashed, never as itself.
        (await server.PostAsync(secret, """mutation { echo(message: "x") { id } }""")).ErrorCode().Should().Be(ErrorCodes.AuthNotAuthorized);
        await using (var db = server.Database.CreateSystemContext())
        {
            db.ApiKeys.Single(k => k.Id == Guid.Parse(id!)).KeyHash.Should().NotContain(secret).And.HaveLength(64);
        }

        (await server.PostAsync(server.TestToken, "mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } } }", new { id }))
            .Data("revokeApiKey").GetProperty("apiKey").GetProperty("revokedAt").ValueKind.Should().Be(JsonValueKind.String);
        (await server.PostAsync(secret, "{ me { role } }")).ErrorCode().Should().Be(ErrorCodes.AuthNotAuthenticated);
    }

    [Fact]
    public async Task Server_sent_events_take_the_token_from_the_authorization_header()
    {
        using var signedIn = server.CreateClient();
        using var anonymous = server.CreateAnonymousClient();

        var withToken = await ReadEventStreamAsync(signedIn);
        var withoutToken = await ReadEventStreamAsync(anonymous);

        withToken.Should().Contain("\"role\":\"ADMIN\"");
        withoutToken.Should().Contain(ErrorCodes.AuthNotAuthenticated);
    }

    private static async Task<string> ReadEventStreamAsync(HttpClient client)
    {
        using var response = await client.SendAsync(Http.GraphQLHttpClient.PostQuery("{ me { role } }", "text/event-stream"));
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Only_admins_manage_api_keys()
    {
        await using (var db = server.Database.CreateSystemContext())
        {
            db.Users.Add(new Playbooks.Data.Entities.User
            {
                OrganizationId = PlaybooksServerFactory.TestOrganizationId, Email = "member@tests.test", Name = "Member",
                PasswordHash = "", Role = Playbooks.Data.Entities.UserRole.Member,
            });
            await db.SaveChangesAsync();
        }

        await using var db2 = server.Database.CreateSystemContext();
        var member = db2.Users.Single(u => u.Email == "member@tests.test");
        var token = server.Services.GetService(typeof(Playbooks.Server.Auth.JwtAccessTokens)) is Playbooks.Server.Auth.JwtAccessTokens tokens
            ? tokens.Issue(member).Token
            : throw new InvalidOperationException();

        (await server.PostAsync(token, """mutation { createApiKey(input: { name: "x", role: ADMIN }) { createApiKeyResult { secret } } }"""))
            .ErrorCode().Should().Be(ErrorCodes.AuthNotAuthorized);
    }

    [Fact]
    public async Task An_api_key_name_longer_than_its_column_is_an_input_validation_error()
    {
        var response = await server.PostAsync(server.TestToken,
            "mutation($n: String!) { createApiKey(input: { name: $n }) { createApiKeyResult { secret } errors { __typename ... on Error { message } ... on InputValidationError { path } } } }",
            new { n = new string('k', 256) });

        var payload = response.Data("createApiKey");
        payload.GetProperty("createApiKeyResult").ValueKind.Should().Be(JsonValueKind.Null, response.ToString());
        payload.GetProperty("errors")[0].GetProperty("__typename").GetString().Should().Be("InputValidationError");
        payload.GetProperty("errors")[0].GetProperty("path")[0].GetString().Should().Be("name");
    }

    [Fact]
    public async Task Revoking_an_unknown_key_is_a_not_found_payload_error()
    {
        var response = await server.PostAsync(server.TestToken,
            "mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id } errors { __typename ... on Error { message } ... on NotFoundError { code } } } }",
            new { id = Guid.NewGuid() });

        var error = response.Data("revokeApiKey").GetProperty("errors")[0];
        error.GetProperty("__typename").GetString().Should().Be("NotFoundError");
        error.GetProperty("code").GetString().Should().Be(AuthErrorCodes.NotFound);
        error.GetProperty("message").GetString().Should().StartWith("API key");
    }

    private static JsonElement LoginError(JsonElement response)
    {
        response.ErrorCode().Should().BeNull(response.ToString());
        var errors = response.Data("login").GetProperty("errors");
        errors.GetArrayLength().Should().Be(1, response.ToString());
        return errors[0];
    }
}
