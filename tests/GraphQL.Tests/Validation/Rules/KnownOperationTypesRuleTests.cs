using GraphQL.Language.Ast;
using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation.Rules;

public sealed class KnownOperationTypesRuleTests
{
    private const string QueryOnlySchema = "type Query { a: Int }";

    private static readonly KnownOperationTypesRule Rule = new();

    [Fact]
    public void Every_operation_type_of_a_schema_with_all_roots_is_known() => ExpectValid(Rule, """
        { dog { name } }
        query Q { dog { name } }
        mutation M { removePet(id: 1) }
        subscription S { alienSighted { name } }
        """);

    [Fact]
    public void Queries_are_always_known() => ExpectValid(QueryOnlySchema, Rule, "{ a } query Q { a }");

    [Fact]
    public void Mutations_and_subscriptions_need_their_root_type() => ExpectErrors(QueryOnlySchema, Rule, """
        mutation M { a }
        subscription { a }
        """,
        (KnownOperationTypesRule.Message(OperationType.Mutation), 1, 1),
        (KnownOperationTypesRule.Message(OperationType.Subscription), 2, 1));

    [Fact]
    public void Message_names_the_operation_type() =>
        KnownOperationTypesRule.Message(OperationType.Mutation).Should().Be("The mutation operation is not supported by the schema.");
}
