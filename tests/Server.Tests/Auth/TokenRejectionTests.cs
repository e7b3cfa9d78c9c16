using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Playbooks.Data.Entities;
using Playbooks.Server.Auth;
using Playbooks.Server.Tests.Isolation;

namespace Playbooks.Server.Tests.Auth;

/// <summary>Tokens that must not sign anybody in: expired, tampered, signed with another key, of a deleted or deactivated user.</summary>
public sealed class TokenRejectionTests(PlaybooksServerFactory server) : IClassFixture<PlaybooksServerFactory>
{
    private const string MeQuery = "{ me { organization { id } } }";

    private JwtAccessTokens Tokens => server.Services.GetRequiredService<JwtAccessTokens>();

    [Fact]
    public async Task A_valid_token_signs_in()
    {
        var response = await server.PostAsync(server.TestToken, MeQuery);

        response.Data("me").GetProperty("organization").GetProperty("id").GetGuid().Should().Be(PlaybooksServerFactory.TestOrganizationId);
    }

    [Fact]
    public async Task No_token_is_not_authenticated_and_the_field_is_null()
    {
        await ExpectRejectedAsync(null);
    }

    [Fact]
    public async Task An_expired_token_is_rejected()
    {
        var issued = DateTimeOffset.UtcNow.AddHours(-3);
        await ExpectRejectedAsync(Tokens.Create(await UserAsync(), issued, issued.AddHours(1)));
    }

    [Fact]
    public async Task A_tampered_token_is_rejected()
    {
        // The payload now names another organization; the signature no longer matches.
        var parts = server.TestToken.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace(PlaybooksServerFactory.TestOrganizationId.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal);
        await ExpectRejectedAsync($"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_rejected()
    {
        var otherKey = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(64)), SecurityAlgorithms.HmacSha256);
        var now = DateTimeOffset.UtcNow;
        await ExpectRejectedAsync(Tokens.Create(await UserAsync(), now, now.AddHours(1), otherKey));
    }

    [Fact]
    public async Task A_token_without_a_signature_is_rejected()
    {
        var parts = server.TestToken.Split('.');
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        await ExpectRejectedAsync($"{header}.{parts[1]}.");
    }

    [Fact]
    public async Task The_token_of_a_deleted_user_is_rejected()
    {
        var user = await AddUserAsync("deleted@tests.test");
        var token = Tokens.Issue(user).Token;
        (await server.PostAsync(token, MeQuery)).ErrorCode().Should().BeNull();

        await using (var db = server.Database.CreateSystemContext())
        {
            db.Users.Remove(db.Users.Single(u => u.Id == user.Id));
            await db.SaveChangesAsync();
        }

        await ExpectRejectedAsync(token);
    }

    [Fact]
    public async Task The_token_of_a_deactivated_user_is_rejected()
    {
        var user = await AddUserAsync("inactive@tests.test");
        var token = Tokens.Issue(user).Token;
        await using (var db = server.Database.CreateSystemContext())
        {
            db.Users.Single(u => u.Id == user.Id).IsActive = false;
            await db.SaveChangesAsync();
        }

        await ExpectRejectedAsync(token);
    }

    [Fact]
    public async Task A_rejected_token_in_connection_init_closes_the_socket_with_4403()
    {
        var client = server.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var socket = await client.ConnectAsync(new Uri(server.Server.BaseAddress, "/graphql"), CancellationToken.None);
        await socket.SendJsonAsync(new { type = "connection_init", payload = new { authorization = "Bearer not-a-token" } });

        (await socket.ReceiveJsonAsync()).GetProperty("closed").GetInt32().Should().Be(4403);
    }

    [Fact]
    public async Task An_anonymous_socket_reaches_no_subscription()
    {
        using var socket = await server.ConnectAsync(token: null);
        await socket.SendJsonAsync(new { id = "1", type = "subscribe", payload = new { query = "subscription { echoed { id } }" } });

        var message = await socket.ReceiveJsonAsync();

        message.GetProperty("type").GetString().Should().Be("error");
        message.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be(ErrorCodes.AuthNotAuthenticated);
    }

    private async Task ExpectRejectedAsync(string? token)
    {
        var response = await server.PostAsync(token, MeQuery);
        response.ErrorCode().Should().Be(ErrorCodes.AuthNotAuthenticated, response.ToString());
        response.Data("me").ValueKind.Should().Be(JsonValueKind.Null);
    }

    private async Task<User> UserAsync()
    {
        await using var db = server.Database.CreateSystemContext();
        return db.Users.Single(u => u.Id == PlaybooksServerFactory.TestUserId);
    }

    private async Task<User> AddUserAsync(string email)
    {
        await using var db = server.Database.CreateSystemContext();
        var user = new User { OrganizationId = PlaybooksServerFactory.TestOrganizationId, Email = email, Name = email, PasswordHash = "-", Role = UserRole.Member };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }
}
