using GraphQL;
using Playbooks.Data;
using Playbooks.Data.Tenancy;
using Playbooks.Resolvers.Auth;

namespace Playbooks.Server.Tests.Isolation;

/// <summary>
/// Tenant isolation through every GraphQL path: each root field's case (<see cref="IsolationCases"/>) as a user of
/// organization A against organization B's data, and the subscription topic check. Run twice: with the EF tenant filter
/// and row-level security, and with row-level security alone.
/// </summary>
public abstract class IsolationSuite(IsolationServer s)
{
    public static TheoryData<string> Coordinates => new(IsolationCases.All.Select(c => c.Coordinate));

    [Theory]
    [MemberData(nameof(Coordinates))]
    public async Task A_user_of_A_gets_nothing_of_B(string coordinate) =>
        await IsolationCases.All.Single(c => c.Coordinate == coordinate).Verify(s);

    [Fact]
    public async Task Every_root_field_has_an_isolation_case()
    {
        var response = await s.PostAsync(s.A.Viewer, """
            {
              __schema {
                queryType { name fields { name } }
                mutationType { name fields { name } }
                subscriptionType { name fields { name } }
              }
            }
            """);
        var schema = response.Data("__schema");
        var coordinates = new List<string>();
        foreach (var (root, operation) in new[] { ("queryType", "Query"), ("mutationType", "Mutation"), ("subscriptionType", "Subscription") })
        {
            if (schema.GetProperty(root).ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                coordinates.AddRange(schema.GetProperty(root).GetProperty("fields").EnumerateArray()
                    .Select(field => $"{operation}.{field.GetProperty("name").GetString()}"));
            }
        }

        coordinates.Should().BeSubsetOf(IsolationCases.All.Select(c => c.Coordinate),
            "every root field needs an isolation case in IsolationCases (one entry each)");
    }

    [Fact]
    public async Task A_cannot_subscribe_to_the_execution_topic_of_B_even_with_a_valid_id()
    {
        var topics = TopicsOf(s.A.Id);
        s.B.ExecutionIds.Should().NotBeEmpty();

        var act = () => topics.ExecutionTopicAsync(s.B.ExecutionIds[0], CancellationToken.None);

        (await act.Should().ThrowAsync<NotFoundException>()).Which.Code.Should().Be(AuthErrorCodes.NotFound);
        (await topics.ExecutionTopicAsync(s.A.ExecutionIds[0], CancellationToken.None)).Should().Be($"execution:{s.A.ExecutionIds[0]}");
    }

    [Fact]
    public async Task A_cannot_subscribe_to_a_thread_topic_of_B()
    {
        var threadOfB = Guid.NewGuid();
        await using (var db = s.Server.Database.CreateSystemContext())
        {
            var workflow = db.Workflows.First();
            var customer = db.Customers.First(c => c.OrganizationId == s.B.Id);
            var execution = new Playbooks.Data.Entities.WorkflowExecution
            {
                OrganizationId = s.B.Id,
                WorkflowId = workflow.Id,
                CustomerId = customer.Id,
            };
            db.WorkflowExecutions.Add(execution);
            db.WorkflowChatThreads.Add(new Playbooks.Data.Entities.WorkflowChatThread
            {
                Id = threadOfB, OrganizationId = s.B.Id, WorkflowExecution = execution, StepId = "start",
            });
            await db.SaveChangesAsync();
        }

        var act = () => TopicsOf(s.A.Id).ThreadTopicAsync(threadOfB, CancellationToken.None);

        await act.Should().ThrowAsync<NotFoundException>();
        (await TopicsOf(s.B.Id).ThreadTopicAsync(threadOfB, CancellationToken.None)).Should().Be($"thread:{threadOfB}");
    }

    [Fact]
    public async Task A_viewer_cannot_mutate_and_the_rest_of_the_response_is_kept()
    {
        var response = await s.PostAsync(s.A.Viewer, """mutation { echo(message: "no") { id } }""");
        response.ErrorCode().Should().Be(ErrorCodes.AuthNotAuthorized);

        var mixed = await s.PostAsync(s.A.Member, "{ me { role } apiKeys { id } }");
        mixed.ErrorCode().Should().Be(ErrorCodes.AuthNotAuthorized);
        mixed.Data("me").GetProperty("role").GetString().Should().Be("MEMBER");
        mixed.Data("apiKeys").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        mixed.GetProperty("errors")[0].GetProperty("path")[0].GetString().Should().Be("apiKeys");
    }

    private SubscriptionTopicGuard TopicsOf(Guid organizationId)
    {
        var tenant = new TenantContext();
        tenant.Set(organizationId);
        return new SubscriptionTopicGuard(
            new PlaybooksDbContexts(PlaybooksDbContext.CreateOptions(s.DatabaseOptions.ConnectionString), tenant, s.DatabaseOptions.TenantQueryFilter), tenant);
    }
}

public sealed class TenantFilterAndRowLevelSecurityIsolationTests(TenantFilterOnServer server)
    : IsolationSuite(server), IClassFixture<TenantFilterOnServer>;

public sealed class RowLevelSecurityOnlyIsolationTests(RowLevelSecurityOnlyServer server)
    : IsolationSuite(server), IClassFixture<RowLevelSecurityOnlyServer>;
