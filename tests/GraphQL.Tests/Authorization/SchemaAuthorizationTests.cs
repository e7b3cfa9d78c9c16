using System.Security.Claims;
using GraphQL.Authorization;
using GraphQL.Execution;
using GraphQL.Types.CodeFirst;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Authorization;

/// <summary>The <c>@authorize</c> middleware through attributes, fluent rules, policies and the default root rule.</summary>
public sealed class SchemaAuthorizationTests
{
    private static readonly GraphQL.Types.Schema Schema = SchemaAuthorization.Apply(
        new CodeFirstSchemaBuilder()
            .AddQueryType<AuthQuery>()
            .AddMutationType<AuthMutation>()
            .ConfigureObject<Account>(t => t.Field(x => x.Balance).Authorize("AUDITOR"))
            .Build(),
        new SchemaAuthorizationOptions { MutationRule = AuthorizationRule.InRoles("WRITER") });

    [Fact]
    public async Task Anonymous_users_reach_only_allow_anonymous_fields_and_typename()
    {
        var result = await Execute("{ hello greeting __typename }", user: null);

        result.Should().Be("""{"errors":[{"message":"The field Query.greeting needs a signed-in user: the request carries no valid token.","locations":[{"line":1,"column":9}],"path":["greeting"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}],"data":{"hello":"hi","greeting":null,"__typename":"Query"}}""");
    }

    [Fact]
    public async Task Roles_on_a_type_apply_to_its_fields_and_fluent_rules_to_one_field()
    {
        var reader = await Execute("{ account { owner secret balance } }", User("READER"));
        var auditor = await Execute("{ account { owner balance } }", User("READER", "AUDITOR"));

        reader.Should().Contain("\"owner\":\"ada\"").And.Contain("\"secret\":null").And.Contain("\"balance\":null").And.Contain("AUTH_NOT_AUTHORIZED");
        auditor.Should().Be("""{"data":{"account":{"owner":"ada","balance":12}}}""");
    }

    [Fact]
    public async Task Mutations_need_the_mutation_rule()
    {
        (await Execute("mutation { touch }", User("READER"))).Should().Contain("AUTH_NOT_AUTHORIZED");
        (await Execute("mutation { touch }", User("WRITER"))).Should().Be("""{"data":{"touch":true}}""");
    }

    [Fact]
    public async Task A_policy_is_evaluated_by_the_authorization_service()
    {
        (await Execute("{ weekday }", User("READER"))).Should().Contain("AUTH_NOT_AUTHORIZED");
        (await Execute("{ weekday }", User("READER"), new Claim("shift", "day"))).Should().Be("""{"data":{"weekday":"monday"}}""");
    }

    private static ClaimsPrincipal User(params string[] roles) =>
        new(new ClaimsIdentity(roles.Select(role => new Claim(ClaimTypes.Role, role)), "test"));

    private static async Task<string> Execute(string query, ClaimsPrincipal? user, params Claim[] extra)
    {
        if (user is not null && extra.Length > 0)
        {
            ((ClaimsIdentity)user.Identity!).AddClaims(extra);
        }

        var services = new ServiceCollection()
            .AddLogging()
            .AddAuthorization(options => options.AddPolicy("DayShift", policy => policy.RequireClaim("shift", "day")))
            .BuildServiceProvider();
        var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Services = services,
            ContextData = new Dictionary<string, object?> { [ResolverContextUserExtensions.UserKey] = user },
        });
        return ((ExecutionResult)result).ToJson();
    }

    public sealed class AuthQuery
    {
        [AllowAnonymous]
        public static string Hello() => "hi";

        public static string? Greeting() => "welcome";

        public static Account? Account() => new("ada", "s3cret", 12);

        [Authorize(Policy = "DayShift")]
        public static string? Weekday() => "monday";
    }

    public sealed class AuthMutation
    {
        public static bool? Touch() => true;
    }

    [Authorize(Roles = "READER")]
    public sealed record Account(string Owner, [property: Authorize(Roles = "OWNER")] string? Secret, int? Balance);
}
