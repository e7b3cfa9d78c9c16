using GraphQL.Language.Ast;

namespace GraphQL.Validation;

/// <summary>
/// The single walk of a validation: keeps <see cref="TypeInfo"/> up to date and runs every rule's visitor in
/// parallel, as graphql-js's <c>visitInParallel</c> inside <c>visitWithTypeInfo</c> does.
/// </summary>
/// <remarks>
/// <para>
/// Type information is entered before the rules enter a node and left after they leave it, so rules see the state
/// of the node itself on both sides. A visitor that skips a node's children is not called again until that node is
/// left; one that stops is not called again; the type information keeps following every node. The walk ends once
/// the context is aborted (too many errors) or every visitor stopped.
/// </para>
/// <para>
/// A visitor is called only for the node kinds it handles (<see cref="VisitorInterest"/>): for each kind met, the
/// walk lists once which visitors enter and leave it, so the many nodes no rule looks at (names, most values) cost
/// nothing per rule.
/// </para>
/// </remarks>
internal sealed class ValidationWalker : SyntaxVisitor
{
    // Marks a visitor in _skipping that returned Stop.
    private static readonly SyntaxNode Stopped = new NullValueNode();

    private static readonly int KindCount = Enum.GetValues<SyntaxKind>().Length;

    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly SyntaxVisitor[] _visitors;
    private readonly VisitorInterest[] _interests;

    // By kind, built when the kind is first met: the indexes of the visitors that enter / leave it.
    private readonly int[]?[] _entering;
    private readonly int[]?[] _leaving;

    // For each visitor: null while it visits, the node whose children it skips, or Stopped.
    private readonly SyntaxNode?[] _skipping;

    // The visitors skipping a node, innermost last; a node is left before the nodes around it.
    private readonly List<int> _skippers = [];
    private int _stoppedCount;

    public ValidationWalker(ValidationContext context, SyntaxVisitor[] visitors)
    {
        _context = context;
        _typeInfo = context.TypeInfo;
        _visitors = visitors;
        _interests = new VisitorInterest[visitors.Length];
        _skipping = new SyntaxNode?[visitors.Length];
        _entering = new int[KindCount][];
        _leaving = new int[KindCount][];
        for (var i = 0; i < visitors.Length; i++)
        {
            _interests[i] = VisitorInterest.Of(visitors[i]);
            ShareAncestorsWith(visitors[i]);
        }
    }

    public override VisitorAction Enter(SyntaxNode node)
    {
        if (_context.IsAborted)
        {
            return VisitorAction.Stop;
        }

        _typeInfo.Enter(node);
        var kind = node.Kind;
        var entering = _entering[(int)kind] ??= Interested(kind, leaving: false);
        foreach (var i in entering)
        {
            if (_skipping[i] is not null)
            {
                continue;
            }

            switch (_visitors[i].Enter(node))
            {
                case VisitorAction.Stop:
                    _skipping[i] = Stopped;
                    _stoppedCount++;
                    break;
                case VisitorAction.SkipChildren:
                    _skipping[i] = node;
                    _skippers.Add(i);
                    break;
            }
        }

        return _stoppedCount == _visitors.Length || _context.IsAborted ? VisitorAction.Stop : VisitorAction.Continue;
    }

    public override void Leave(SyntaxNode node)
    {
        var kind = node.Kind;
        var leaving = _leaving[(int)kind] ??= Interested(kind, leaving: true);
        foreach (var i in leaving)
        {
            if (_context.IsAborted)
            {
                return;
            }

            if (_skipping[i] is null)
            {
                _visitors[i].Leave(node);
            }
        }

        while (_skippers.Count > 0 && ReferenceEquals(_skipping[_skippers[^1]], node))
        {
            _skipping[_skippers[^1]] = null;
            _skippers.RemoveAt(_skippers.Count - 1);
        }

        _typeInfo.Leave(node);
    }

    private int[] Interested(SyntaxKind kind, bool leaving)
    {
        var count = 0;
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (leaving ? _interests[i].Leaves(kind) : _interests[i].Enters(kind))
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var indexes = new int[count];
        count = 0;
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (leaving ? _interests[i].Leaves(kind) : _interests[i].Enters(kind))
            {
                indexes[count++] = i;
            }
        }

        return indexes;
    }
}
