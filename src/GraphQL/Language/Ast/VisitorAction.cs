namespace GraphQL.Language.Ast;

/// <summary>What a <see cref="SyntaxVisitor"/> tells the walk to do after entering a node.</summary>
public enum VisitorAction
{
    /// <summary>Visit the node's children, then leave it.</summary>
    Continue,

    /// <summary>Do not visit the node's children, and do not call leave for it.</summary>
    SkipChildren,

    /// <summary>End the whole walk at once; nothing more is entered or left.</summary>
    Stop,
}
