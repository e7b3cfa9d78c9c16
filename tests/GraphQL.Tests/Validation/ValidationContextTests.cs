using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Validation;

namespace GraphQL.Tests.Validation;

public sealed class ValidationContextTests
{
    [Fact]
    public void GetFragment_finds_fragments_by_name_the_first_of_duplicates()
    {
        var context = ContextFor("""
            { dog { ...A } }
            fragment A on Dog { name }
            fragment A on Dog { nickname }
            """);

        var fragment = context.GetFragment("A");

        fragment.Should().BeSameAs(context.Document.Definitions[1]);
        context.GetFragment("B").Should().BeNull();
    }

    [Fact]
    public void GetFragmentSpreads_lists_spreads_in_nested_selection_sets_without_entering_fragments()
    {
        var context = ContextFor("""
            { dog { ...A owner { ...B } ... on Dog { ...C } } ...D }
            fragment A on Dog { ...E }
            """);
        var operation = (OperationDefinitionNode)context.Document.Definitions[0];

        var spreads = context.GetFragmentSpreads(operation.SelectionSet);

        Names(spreads).Should().Equal("A", "B", "C", "D");
        context.GetFragmentSpreads(operation.SelectionSet).Should().BeSameAs(spreads);
    }

    [Fact]
    public void GetRecursivelyReferencedFragments_lists_each_used_fragment_once_through_cycles_and_unknown_names()
    {
        var context = ContextFor("""
            { dog { ...A ...B ...A ...Missing } }
            fragment A on Dog { ...C }
            fragment B on Dog { ...A }
            fragment C on Dog { ...B }
            fragment Unused on Dog { name }
            """);
        var operation = (OperationDefinitionNode)context.Document.Definitions[0];

        var fragments = context.GetRecursivelyReferencedFragments(operation);

        Names(fragments).Should().Equal("A", "C", "B");
    }

    [Fact]
    public void GetVariableUsages_gives_the_expected_type_and_default_of_each_use()
    {
        var context = ContextFor("""
            query Q($a: Boolean = true, $b: FurColor, $c: String) {
              dog @include(if: $a) { isHouseTrained(atOtherHomes: $a) }
              complicatedArgs { complexArgField(complexArg: { enumField: $b, stringListField: [$c] }) }
              unknownField(arg: $c)
            }
            """);
        var operation = (OperationDefinitionNode)context.Document.Definitions[0];

        var usages = context.GetVariableUsages(operation);

        Describe(usages).Should().Equal(
            "$a Boolean! default= parent=",
            "$a Boolean default=true parent=",
            "$b FurColor default=BROWN parent=ComplexInput",
            "$c String default= parent=[String]",
            "$c  default= parent=");
        usages[0].Node.Location.Line.Should().Be(2);
    }

    [Fact]
    public void GetRecursiveVariableUsages_adds_the_usages_of_every_referenced_fragment_in_their_own_type_context()
    {
        var context = ContextFor("""
            query Q($x: Int) { dog { ...A } human(id: $id) { name } }
            fragment A on Dog { isAtLocation(x: $x) ...B }
            fragment B on Pet { name(surname: $s) }
            fragment Unused on Dog { isAtLocation(y: $y) }
            """);
        var operation = (OperationDefinitionNode)context.Document.Definitions[0];

        var usages = context.GetRecursiveVariableUsages(operation);

        Describe(usages).Should().Equal(
            "$id ID default= parent=",
            "$x Int default= parent=",
            "$s Boolean default= parent=");
        context.GetRecursiveVariableUsages(operation).Should().BeSameAs(usages);
    }

    [Fact]
    public void ReportError_keeps_MaxErrors_errors_then_adds_the_abort_error_once_and_ignores_the_rest()
    {
        var context = ContextFor("{ dog { name } }", maxErrors: 2);

        for (var i = 0; i < 5; i++)
        {
            context.ReportError(GraphQLError.Validation("error " + i));
        }

        context.IsAborted.Should().BeTrue();
        context.Errors.Select(e => e.Message).Should().Equal("error 0", "error 1", ValidationContext.TooManyErrorsMessage);
        context.Errors[2].Code.Should().Be(ErrorCodes.ValidationFailed);
    }

    private static ValidationContext ContextFor(string query, int maxErrors = 100)
    {
        var schema = TestSchema.Schema;
        return new ValidationContext(schema, Parser.Parse(query), new TypeInfo(schema), maxErrors);
    }

    private static IEnumerable<string> Names(IEnumerable<FragmentSpreadNode> spreads) => spreads.Select(s => s.Name.Value);

    private static IEnumerable<string> Names(IEnumerable<FragmentDefinitionNode> fragments) => fragments.Select(f => f.Name.Value);

    private static IEnumerable<string> Describe(IEnumerable<VariableUsage> usages) =>
        usages.Select(u => $"${u.Name} {u.Type} default={u.DefaultValue} parent={u.ParentType}");
}
