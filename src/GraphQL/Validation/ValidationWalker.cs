using GraphQL.Language.Ast;

namespace GraphQL.Validation;

/// <summary>
/// The single walk of a validation: keeps <see cref="TypeInfo"/> up to date and runs every rule's visitor in
/// parallel, as graphql-js's <c>visitInParallel</c> inside <c>visitWithTypeInfo</c> does.
/// </summary>
/// <remarks>
/// Type information is entered before the rules enter a node and left after they leave it, so rules see the state
/// of the node itself on both sides. A visitor that skips a node's children is not called again until that node is
/// left; one that stops is not called again; the type information keeps following every node. The walk ends once
/// the context is aborted (too many errors) or every visitor stopped.
/// </remarks>
internal sealed class ValidationWalker : SyntaxVisitor
{
    // Marks a visitor in _skipping that returned Stop.
    private static readonly SyntaxNode Stopped = new NullValueNode();

    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly SyntaxVisitor[] _visitors;

    // For each visitor: null while it visits, the node whose children it skips, or Stopped.
    private readonly SyntaxNode?[] _skipping;

    public ValidationWalker(ValidationContext context, SyntaxVisitor[] visitors)
    {
        _context = context;
        _typeInfo = context.TypeInfo;
        _visitors = visitors;
        _skipping = new SyntaxNode?[visitors.Length];
        foreach (var visitor in visitors)
        {
            ShareAncestorsWith(visitor);
        }
    }

    public override VisitorAction Enter(SyntaxNode node)
    {
        if (_context.IsAborted)
        {
            return VisitorAction.Stop;
        }

        _typeInfo.Enter(node);
        var active = false;
        for (var i = 0; i < _visitors.Length; i++)
        {
            var skipping = _skipping[i];
            if (skipping is not null)
            {
                active |= skipping != Stopped;
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

        return active && !_context.IsAborted ? VisitorAction.Continue : VisitorAction.Stop;
    }

    public override void Leave(SyntaxNode node)
    {
        for (var i = 0; i < _visitors.Length && !_context.IsAborted; i++)
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

        _typeInfo.Leave(node);
    }
}
