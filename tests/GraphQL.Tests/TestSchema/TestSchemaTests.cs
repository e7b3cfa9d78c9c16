using GraphQL.Types;

namespace GraphQL.Tests;

public sealed class TestSchemaTests
{
    [Fact]
    public void Builds_and_has_all_root_types()
    {
        var schema = TestSchema.Schema;

        schema.QueryType.Name.Should().Be("Query");
        schema.MutationType!.Name.Should().Be("Mutation");
        schema.SubscriptionType!.Name.Should().Be("Subscription");
        schema.Description.Should().StartWith("The engine's shared test schema");
    }
}
