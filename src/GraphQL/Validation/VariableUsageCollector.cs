using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// Finds the variables used in one operation or fragment, with the type each place expects; a walk of its own with
/// its own <see cref="TypeInfo"/>, since rules ask for the usages of fragments the main walk has not reached yet.
/// </summary>
internal sealed class VariableUsageCollector : SyntaxVisitor
{
    private readonly TypeInfo _typeInfo;
    private readonly List<VariableUsage> _usages = [];

    public VariableUsageCollector(Schema schema)
    {
        _typeInfo = new TypeInfo(schema);
    }

    public VariableUsage[] Collect(ExecutableDefinitionNode definition)
    {
        _usages.Clear();
        Visit(definition);
        return _usages.Count == 0 ? [] : [.. _usages];
    }

    public override VisitorAction Enter(SyntaxNode node)
    {
        // A variable definition declares a variable rather than using it.
        if (node.Kind == SyntaxKind.VariableDefinition)
        {
            return VisitorAction.SkipChildren;
        }

        _typeInfo.Enter(node);
        if (node.Kind == SyntaxKind.Variable)
        {
            _usages.Add(new VariableUsage((VariableNode)node, _typeInfo.InputType, _typeInfo.DefaultValue, _typeInfo.ParentInputType));
        }

        return VisitorAction.Continue;
    }

    public override void Leave(SyntaxNode node) => _typeInfo.Leave(node);
}
