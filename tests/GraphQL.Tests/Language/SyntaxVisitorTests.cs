using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Tests.Language;

public sealed class SyntaxVisitorTests
{
    [Fact]
    public void Walks_depth_first_entering_and_leaving_in_source_order()
    {
        var document = Parser.Parse("query Q($v: Int) { a(x: $v) @d { b } }");
        var recorder = new Recorder();

        recorder.Visit(document);

        recorder.Events.Should().Equal(
            "enter Document",
            "enter OperationDefinition",
            "enter Name Q",
            "leave Name Q",
            "enter VariableDefinition",
            "enter Variable",
            "enter Name v",
            "leave Name v",
            "leave Variable",
            "enter NamedType",
            "enter Name Int",
            "leave Name Int",
            "leave NamedType",
            "leave VariableDefinition",
            "enter SelectionSet",
            "enter Field",
            "enter Name a",
            "leave Name a",
            "enter Argument",
            "enter Name x",
            "leave Name x",
            "enter Variable",
            "enter Name v",
            "leave Name v",
            "leave Variable",
            "leave Argument",
            "enter Directive",
            "enter Name d",
            "leave Name d",
            "leave Directive",
            "enter SelectionSet",
            "enter Field",
            "enter Name b",
            "leave Name b",
            "leave Field",
            "leave SelectionSet",
            "leave Field",
            "leave SelectionSet",
            "leave OperationDefinition",
            "leave Document");
    }

    [Fact]
    public void Typed_methods_see_only_their_kind()
    {
        var document = Parser.Parse("{ a { b ...F } } fragment F on T { c }");
        var visitor = new FieldNames();

        visitor.Visit(document);

        visitor.Entered.Should().Equal("a", "b", "c");
        visitor.Left.Should().Equal("b", "a", "c");
    }

    [Fact]
    public void Skipping_children_also_skips_leave()
    {
        var document = Parser.Parse("{ a { b } c { d } }");
        var visitor = new FieldNames { SkipChildrenOf = "a" };

        visitor.Visit(document);

        visitor.Entered.Should().Equal("a", "c", "d");
        visitor.Left.Should().Equal("d", "c");
    }

    [Fact]
    public void Stop_ends_the_walk_at_once()
    {
        var document = Parser.Parse("{ a { b } c { d } }");
        var visitor = new FieldNames { StopAt = "b" };

        visitor.Visit(document);

        visitor.Entered.Should().Equal("a", "b");
        visitor.Left.Should().BeEmpty();
    }

    [Fact]
    public void Ancestors_hold_the_path_from_the_root()
    {
        var document = Parser.Parse("type T { f(a: Int @d): Int }");
        var visitor = new DirectiveAncestors();

        visitor.Visit(document);

        visitor.Paths.Should().ContainSingle().Which.Should().Equal(
            SyntaxKind.Document,
            SyntaxKind.ObjectTypeDefinition,
            SyntaxKind.FieldDefinition,
            SyntaxKind.InputValueDefinition);
        visitor.Parents.Should().Equal(SyntaxKind.InputValueDefinition);
        visitor.Ancestors.Should().BeEmpty();
        visitor.Parent.Should().BeNull();
    }

    [Fact]
    public void Parallel_visitors_each_skip_and_stop_on_their_own()
    {
        var document = Parser.Parse("{ a { b } c { d } e }");
        var skipping = new FieldNames { SkipChildrenOf = "a" };
        var stopping = new FieldNames { StopAt = "c" };
        var seeing = new FieldNames();
        var ancestors = new DirectiveAncestors();

        new ParallelVisitor(skipping, stopping, seeing, ancestors).Visit(Parser.Parse("{ x @d }"));
        new ParallelVisitor(skipping, stopping, seeing).Visit(document);

        skipping.Entered.Should().Equal("x", "a", "c", "d", "e");
        skipping.Left.Should().Equal("x", "d", "c", "e");
        stopping.Entered.Should().Equal("x", "a", "b", "c");
        stopping.Left.Should().Equal("x", "b", "a");
        seeing.Entered.Should().Equal("x", "a", "b", "c", "d", "e");
        seeing.Left.Should().Equal("x", "b", "a", "d", "c", "e");
        ancestors.Paths.Should().ContainSingle().Which.Should().Equal(
            SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.SelectionSet, SyntaxKind.Field);
    }

    [Fact]
    public void Parallel_walk_stops_when_every_visitor_stopped()
    {
        var first = new FieldNames { StopAt = "a" };
        var second = new FieldNames { StopAt = "b" };
        var parallel = new ParallelVisitor(first, second);

        parallel.Visit(Parser.Parse("{ a b c }"));

        first.Entered.Should().Equal("a");
        second.Entered.Should().Equal("a", "b");
        second.Left.Should().Equal("a");
        parallel.Enter(new NameNode { Value = "any" }).Should().Be(VisitorAction.Stop);
    }

    private sealed class Recorder : SyntaxVisitor
    {
        public List<string> Events { get; } = [];

        public override VisitorAction Enter(SyntaxNode node)
        {
            Events.Add(Describe("enter", node));
            return base.Enter(node);
        }

        public override void Leave(SyntaxNode node)
        {
            Events.Add(Describe("leave", node));
            base.Leave(node);
        }

        private static string Describe(string action, SyntaxNode node) =>
            node is NameNode name ? $"{action} Name {name.Value}" : $"{action} {node.Kind}";
    }

    private sealed class FieldNames : SyntaxVisitor
    {
        public string? SkipChildrenOf { get; init; }

        public string? StopAt { get; init; }

        public List<string> Entered { get; } = [];

        public List<string> Left { get; } = [];

        protected override VisitorAction EnterField(FieldNode node)
        {
            Entered.Add(node.Name.Value);
            if (node.Name.Value == StopAt)
            {
                return VisitorAction.Stop;
            }

            return node.Name.Value == SkipChildrenOf ? VisitorAction.SkipChildren : VisitorAction.Continue;
        }

        protected override void LeaveField(FieldNode node) => Left.Add(node.Name.Value);
    }

    private sealed class DirectiveAncestors : SyntaxVisitor
    {
        public List<SyntaxKind[]> Paths { get; } = [];

        public List<SyntaxKind> Parents { get; } = [];

        protected override VisitorAction EnterDirective(DirectiveNode node)
        {
            Paths.Add(Ancestors.Select(a => a.Kind).ToArray());
            if (Paths.Count == 1 && Parent is { Kind: SyntaxKind.InputValueDefinition })
            {
                Parents.Add(Parent.Kind);
            }

            return VisitorAction.Continue;
        }
    }
}
