using GraphQL.Language.Ast;
using GraphQL.Validation;

namespace GraphQL.Tests.Validation;

public sealed class VisitorInterestTests
{
    [Fact]
    public void A_visitor_is_interested_in_the_kinds_whose_typed_methods_it_overrides()
    {
        var interest = VisitorInterest.Of(new FieldVisitor());

        interest.Enters(SyntaxKind.Field).Should().BeTrue();
        interest.Leaves(SyntaxKind.Field).Should().BeFalse();
        interest.Leaves(SyntaxKind.Document).Should().BeTrue();
        interest.Enters(SyntaxKind.Name).Should().BeFalse();
        interest.Enters(SyntaxKind.Document).Should().BeFalse();
    }

    [Fact]
    public void Overriding_Enter_or_Leave_itself_means_every_kind()
    {
        var interest = VisitorInterest.Of(new AllVisitor());

        interest.Enters(SyntaxKind.Name).Should().BeTrue();
        interest.Enters(SyntaxKind.InputObjectTypeExtension).Should().BeTrue();
        interest.Leaves(SyntaxKind.Name).Should().BeFalse();
    }

    [Fact]
    public void Overrides_in_a_base_visitor_class_count()
    {
        var interest = VisitorInterest.Of(new DerivedVisitor());

        interest.Enters(SyntaxKind.Field).Should().BeTrue();
        interest.Enters(SyntaxKind.Argument).Should().BeTrue();
    }

    private class FieldVisitor : SyntaxVisitor
    {
        protected override VisitorAction EnterField(FieldNode node) => VisitorAction.Continue;

        protected override void LeaveDocument(DocumentNode node)
        {
        }
    }

    private sealed class DerivedVisitor : FieldVisitor
    {
        protected override VisitorAction EnterArgument(ArgumentNode node) => VisitorAction.Continue;
    }

    private sealed class AllVisitor : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node) => VisitorAction.Continue;
    }
}
