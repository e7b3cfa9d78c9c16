namespace GraphQL.Language.Ast;

/// <summary>
/// Runs several visitors in one walk, as graphql-js's <c>visitInParallel</c> does for the validation
/// rules: each node is entered by every visitor in order, and left in the same order.
/// </summary>
/// <remarks>
/// A visitor that skips a node's children is not called again until that node has been left; a
/// visitor that stops is not called again at all. The walk itself stops once every visitor stopped.
/// All visitors see this visitor's <see cref="SyntaxVisitor.Ancestors"/>.
/// </remarks>
public sealed class ParallelVisitor : SyntaxVisitor
{
    // Marks a visitor in _skipping that returned Stop.
    private static readonly SyntaxNode Stopped = new NullValueNode();

    private readonly SyntaxVisitor[] _visitors;

    // For each visitor: null while it visits, the node whose children it skips, or Stopped.
    private readonly SyntaxNode?[] _skipping;

    public ParallelVisitor(params IEnumerable<SyntaxVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = [.. visitors];
        _skipping = new SyntaxNode?[_visitors.Length];
        foreach (var visitor in _visitors)
        {
            ShareAncestorsWith(visitor);
        }
    }

    public override VisitorAction Enter(SyntaxNode node)
    {
        var active = false;
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is not null)
            {
                active |= _skipping[i] != Stopped;
                continue;
            }

            switch (_visitors[i].Enter(node))
            {
                case VisitorAction.Stop:
                    _skipping[i] = Stopped;
                    break;
                case VisitorAction.SkipChildren:
                    _skipping[i] = node;
                    active = true;
                    break;
                default:
                    active = true;
                    break;
            }
        }

        return active ? VisitorAction.Continue : VisitorAction.Stop;
    }

    public override void Leave(SyntaxNode node)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            var skipping = _skipping[i];
            if (skipping is null)
            {
                _visitors[i].Leave(node);
            }
            else if (ReferenceEquals(skipping, node))
            {
                _skipping[i] = null;
            }
        }
    }
}
