namespace GraphQL.Language.Ast;

/// <summary>
/// A node of the immutable syntax tree produced by <see cref="Parser"/>.
/// </summary>
/// <remarks>
/// Nodes are plain classes compared by reference (validation keys dictionaries by node), built
/// with object initializers; every property is init-only. Absent optional parts are <c>null</c>,
/// absent lists are empty (never <c>null</c>).
/// </remarks>
public abstract class SyntaxNode
{
    /// <summary>Where the node sits in the parsed source; the default value for a node built by hand.</summary>
    public Location Location { get; init; }

    public abstract SyntaxKind Kind { get; }

    /// <summary>The node printed canonically by <see cref="Printer"/>.</summary>
    public override string ToString() => Printer.Print(this);
}
