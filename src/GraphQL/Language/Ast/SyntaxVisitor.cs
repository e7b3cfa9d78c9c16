namespace GraphQL.Language.Ast;

/// <summary>
/// Base class of every walk over the syntax tree: validation rules, collectors, rewriters' analyses.
/// </summary>
/// <remarks>
/// <para>
/// Design: an enter/leave visitor, the shape graphql-js uses for validation. <see cref="Visit"/> walks
/// a tree depth-first with children in source order (the order of the grammar production). For each
/// node it calls <see cref="Enter"/>, then walks the children, then calls <see cref="Leave"/>.
/// <see cref="Enter"/> and <see cref="Leave"/> dispatch on <see cref="SyntaxNode.Kind"/> to one typed
/// pair per node class (<c>EnterField</c>/<c>LeaveField</c>…); a subclass overrides only the ones it needs.
/// Overriding <see cref="Enter"/>/<see cref="Leave"/> themselves sees every node (for example to track
/// state for all value nodes, or to wrap other visitors like <see cref="ParallelVisitor"/> does).
/// </para>
/// <para>
/// Enter returns a <see cref="VisitorAction"/>: continue, skip the node's children (its leave is then
/// not called), or stop the walk. While a node is entered or left, <see cref="Ancestors"/> holds the
/// nodes above it, root first, so a rule can ask where it is (a directive on a field, an input value
/// inside an input object type…).
/// </para>
/// <para>
/// A visitor holds the ancestor stack, so an instance serves one walk at a time. Recursion depth
/// is the tree's depth, which the parser bounds with <see cref="ParserOptions.MaxDepth"/>.
/// </para>
/// </remarks>
public abstract class SyntaxVisitor
{
    private List<SyntaxNode> _ancestors = [];

    /// <summary>The nodes above the current one, root first; empty at the root.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <summary>The node directly above the current one, or null at the root.</summary>
    public SyntaxNode? Parent => _ancestors.Count == 0 ? null : _ancestors[^1];

    /// <summary>Walks <paramref name="root"/> and all its descendants.</summary>
    public void Visit(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        _ = Walk(root);
    }

    /// <summary>Called before the node's children are walked; by default dispatches to the typed <c>EnterX</c> method.</summary>
    public virtual VisitorAction Enter(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind switch
        {
            SyntaxKind.Name => EnterName((NameNode)node),
            SyntaxKind.Document => EnterDocument((DocumentNode)node),
            SyntaxKind.OperationDefinition => EnterOperationDefinition((OperationDefinitionNode)node),
            SyntaxKind.VariableDefinition => EnterVariableDefinition((VariableDefinitionNode)node),
            SyntaxKind.Variable => EnterVariable((VariableNode)node),
            SyntaxKind.SelectionSet => EnterSelectionSet((SelectionSetNode)node),
            SyntaxKind.Field => EnterField((FieldNode)node),
            SyntaxKind.Argument => EnterArgument((ArgumentNode)node),
            SyntaxKind.FragmentSpread => EnterFragmentSpread((FragmentSpreadNode)node),
            SyntaxKind.InlineFragment => EnterInlineFragment((InlineFragmentNode)node),
            SyntaxKind.FragmentDefinition => EnterFragmentDefinition((FragmentDefinitionNode)node),
            SyntaxKind.IntValue => EnterIntValue((IntValueNode)node),
            SyntaxKind.FloatValue => EnterFloatValue((FloatValueNode)node),
            SyntaxKind.StringValue => EnterStringValue((StringValueNode)node),
            SyntaxKind.BooleanValue => EnterBooleanValue((BooleanValueNode)node),
            SyntaxKind.NullValue => EnterNullValue((NullValueNode)node),
            SyntaxKind.EnumValue => EnterEnumValue((EnumValueNode)node),
            SyntaxKind.ListValue => EnterListValue((ListValueNode)node),
            SyntaxKind.ObjectValue => EnterObjectValue((ObjectValueNode)node),
            SyntaxKind.ObjectField => EnterObjectField((ObjectFieldNode)node),
            SyntaxKind.Directive => EnterDirective((DirectiveNode)node),
            SyntaxKind.NamedType => EnterNamedType((NamedTypeNode)node),
            SyntaxKind.ListType => EnterListType((ListTypeNode)node),
            SyntaxKind.NonNullType => EnterNonNullType((NonNullTypeNode)node),
            SyntaxKind.SchemaDefinition => EnterSchemaDefinition((SchemaDefinitionNode)node),
            SyntaxKind.OperationTypeDefinition => EnterOperationTypeDefinition((OperationTypeDefinitionNode)node),
            SyntaxKind.ScalarTypeDefinition => EnterScalarTypeDefinition((ScalarTypeDefinitionNode)node),
            SyntaxKind.ObjectTypeDefinition => EnterObjectTypeDefinition((ObjectTypeDefinitionNode)node),
            SyntaxKind.FieldDefinition => EnterFieldDefinition((FieldDefinitionNode)node),
            SyntaxKind.InputValueDefinition => EnterInputValueDefinition((InputValueDefinitionNode)node),
            SyntaxKind.InterfaceTypeDefinition => EnterInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node),
            SyntaxKind.UnionTypeDefinition => EnterUnionTypeDefinition((UnionTypeDefinitionNode)node),
            SyntaxKind.EnumTypeDefinition => EnterEnumTypeDefinition((EnumTypeDefinitionNode)node),
            SyntaxKind.EnumValueDefinition => EnterEnumValueDefinition((EnumValueDefinitionNode)node),
            SyntaxKind.InputObjectTypeDefinition => EnterInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node),
            SyntaxKind.DirectiveDefinition => EnterDirectiveDefinition((DirectiveDefinitionNode)node),
            SyntaxKind.SchemaExtension => EnterSchemaExtension((SchemaExtensionNode)node),
            SyntaxKind.ScalarTypeExtension => EnterScalarTypeExtension((ScalarTypeExtensionNode)node),
            SyntaxKind.ObjectTypeExtension => EnterObjectTypeExtension((ObjectTypeExtensionNode)node),
            SyntaxKind.InterfaceTypeExtension => EnterInterfaceTypeExtension((InterfaceTypeExtensionNode)node),
            SyntaxKind.UnionTypeExtension => EnterUnionTypeExtension((UnionTypeExtensionNode)node),
            SyntaxKind.EnumTypeExtension => EnterEnumTypeExtension((EnumTypeExtensionNode)node),
            SyntaxKind.InputObjectTypeExtension => EnterInputObjectTypeExtension((InputObjectTypeExtensionNode)node),
            _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown syntax kind."),
        };
    }

    /// <summary>Called after the node's children were walked; by default dispatches to the typed <c>LeaveX</c> method.</summary>
    public virtual void Leave(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node.Kind)
        {
            case SyntaxKind.Name:
                LeaveName((NameNode)node);
                break;
            case SyntaxKind.Document:
                LeaveDocument((DocumentNode)node);
                break;
            case SyntaxKind.OperationDefinition:
                LeaveOperationDefinition((OperationDefinitionNode)node);
                break;
            case SyntaxKind.VariableDefinition:
                LeaveVariableDefinition((VariableDefinitionNode)node);
                break;
            case SyntaxKind.Variable:
                LeaveVariable((VariableNode)node);
                break;
            case SyntaxKind.SelectionSet:
                LeaveSelectionSet((SelectionSetNode)node);
                break;
            case SyntaxKind.Field:
                LeaveField((FieldNode)node);
                break;
            case SyntaxKind.Argument:
                LeaveArgument((ArgumentNode)node);
                break;
            case SyntaxKind.FragmentSpread:
                LeaveFragmentSpread((FragmentSpreadNode)node);
                break;
            case SyntaxKind.InlineFragment:
                LeaveInlineFragment((InlineFragmentNode)node);
                break;
            case SyntaxKind.FragmentDefinition:
                LeaveFragmentDefinition((FragmentDefinitionNode)node);
                break;
            case SyntaxKind.IntValue:
                LeaveIntValue((IntValueNode)node);
                break;
            case SyntaxKind.FloatValue:
                LeaveFloatValue((FloatValueNode)node);
                break;
            case SyntaxKind.StringValue:
                LeaveStringValue((StringValueNode)node);
                break;
            case SyntaxKind.BooleanValue:
                LeaveBooleanValue((BooleanValueNode)node);
                break;
            case SyntaxKind.NullValue:
                LeaveNullValue((NullValueNode)node);
                break;
            case SyntaxKind.EnumValue:
                LeaveEnumValue((EnumValueNode)node);
                break;
            case SyntaxKind.ListValue:
                LeaveListValue((ListValueNode)node);
                break;
            case SyntaxKind.ObjectValue:
                LeaveObjectValue((ObjectValueNode)node);
                break;
            case SyntaxKind.ObjectField:
                LeaveObjectField((ObjectFieldNode)node);
                break;
            case SyntaxKind.Directive:
                LeaveDirective((DirectiveNode)node);
                break;
            case SyntaxKind.NamedType:
                LeaveNamedType((NamedTypeNode)node);
                break;
            case SyntaxKind.ListType:
                LeaveListType((ListTypeNode)node);
                break;
            case SyntaxKind.NonNullType:
                LeaveNonNullType((NonNullTypeNode)node);
                break;
            case SyntaxKind.SchemaDefinition:
                LeaveSchemaDefinition((SchemaDefinitionNode)node);
                break;
            case SyntaxKind.OperationTypeDefinition:
                LeaveOperationTypeDefinition((OperationTypeDefinitionNode)node);
                break;
            case SyntaxKind.ScalarTypeDefinition:
                LeaveScalarTypeDefinition((ScalarTypeDefinitionNode)node);
                break;
            case SyntaxKind.ObjectTypeDefinition:
                LeaveObjectTypeDefinition((ObjectTypeDefinitionNode)node);
                break;
            case SyntaxKind.FieldDefinition:
                LeaveFieldDefinition((FieldDefinitionNode)node);
                break;
            case SyntaxKind.InputValueDefinition:
                LeaveInputValueDefinition((InputValueDefinitionNode)node);
                break;
            case SyntaxKind.InterfaceTypeDefinition:
                LeaveInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node);
                break;
            case SyntaxKind.UnionTypeDefinition:
                LeaveUnionTypeDefinition((UnionTypeDefinitionNode)node);
                break;
            case SyntaxKind.EnumTypeDefinition:
                LeaveEnumTypeDefinition((EnumTypeDefinitionNode)node);
                break;
            case SyntaxKind.EnumValueDefinition:
                LeaveEnumValueDefinition((EnumValueDefinitionNode)node);
                break;
            case SyntaxKind.InputObjectTypeDefinition:
                LeaveInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node);
                break;
            case SyntaxKind.DirectiveDefinition:
                LeaveDirectiveDefinition((DirectiveDefinitionNode)node);
                break;
            case SyntaxKind.SchemaExtension:
                LeaveSchemaExtension((SchemaExtensionNode)node);
                break;
            case SyntaxKind.ScalarTypeExtension:
                LeaveScalarTypeExtension((ScalarTypeExtensionNode)node);
                break;
            case SyntaxKind.ObjectTypeExtension:
                LeaveObjectTypeExtension((ObjectTypeExtensionNode)node);
                break;
            case SyntaxKind.InterfaceTypeExtension:
                LeaveInterfaceTypeExtension((InterfaceTypeExtensionNode)node);
                break;
            case SyntaxKind.UnionTypeExtension:
                LeaveUnionTypeExtension((UnionTypeExtensionNode)node);
                break;
            case SyntaxKind.EnumTypeExtension:
                LeaveEnumTypeExtension((EnumTypeExtensionNode)node);
                break;
            case SyntaxKind.InputObjectTypeExtension:
                LeaveInputObjectTypeExtension((InputObjectTypeExtensionNode)node);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown syntax kind.");
        }
    }

    /// <summary>
    /// Makes <paramref name="inner"/> see this visitor's <see cref="Ancestors"/>, for visitors that forward
    /// <see cref="Enter"/>/<see cref="Leave"/> to others.
    /// </summary>
    protected void ShareAncestorsWith(SyntaxVisitor inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        inner._ancestors = _ancestors;
    }

    protected virtual VisitorAction EnterName(NameNode node) => VisitorAction.Continue;

    protected virtual void LeaveName(NameNode node)
    {
    }

    protected virtual VisitorAction EnterDocument(DocumentNode node) => VisitorAction.Continue;

    protected virtual void LeaveDocument(DocumentNode node)
    {
    }

    protected virtual VisitorAction EnterOperationDefinition(OperationDefinitionNode node) => VisitorAction.Continue;

    protected virtual void LeaveOperationDefinition(OperationDefinitionNode node)
    {
    }

    protected virtual VisitorAction EnterVariableDefinition(VariableDefinitionNode node) => VisitorAction.Continue;

    protected virtual void LeaveVariableDefinition(VariableDefinitionNode node)
    {
    }

    protected virtual VisitorAction EnterVariable(VariableNode node) => VisitorAction.Continue;

    protected virtual void LeaveVariable(VariableNode node)
    {
    }

    protected virtual VisitorAction EnterSelectionSet(SelectionSetNode node) => VisitorAction.Continue;

    protected virtual void LeaveSelectionSet(SelectionSetNode node)
    {
    }

    protected virtual VisitorAction EnterField(FieldNode node) => VisitorAction.Continue;

    protected virtual void LeaveField(FieldNode node)
    {
    }

    protected virtual VisitorAction EnterArgument(ArgumentNode node) => VisitorAction.Continue;

    protected virtual void LeaveArgument(ArgumentNode node)
    {
    }

    protected virtual VisitorAction EnterFragmentSpread(FragmentSpreadNode node) => VisitorAction.Continue;

    protected virtual void LeaveFragmentSpread(FragmentSpreadNode node)
    {
    }

    protected virtual VisitorAction EnterInlineFragment(InlineFragmentNode node) => VisitorAction.Continue;

    protected virtual void LeaveInlineFragment(InlineFragmentNode node)
    {
    }

    protected virtual VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.Continue;

    protected virtual void LeaveFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    protected virtual VisitorAction EnterIntValue(IntValueNode node) => VisitorAction.Continue;

    protected virtual void LeaveIntValue(IntValueNode node)
    {
    }

    protected virtual VisitorAction EnterFloatValue(FloatValueNode node) => VisitorAction.Continue;

    protected virtual void LeaveFloatValue(FloatValueNode node)
    {
    }

    protected virtual VisitorAction EnterStringValue(StringValueNode node) => VisitorAction.Continue;

    protected virtual void LeaveStringValue(StringValueNode node)
    {
    }

    protected virtual VisitorAction EnterBooleanValue(BooleanValueNode node) => VisitorAction.Continue;

    protected virtual void LeaveBooleanValue(BooleanValueNode node)
    {
    }

    protected virtual VisitorAction EnterNullValue(NullValueNode node) => VisitorAction.Continue;

    protected virtual void LeaveNullValue(NullValueNode node)
    {
    }

    protected virtual VisitorAction EnterEnumValue(EnumValueNode node) => VisitorAction.Continue;

    protected virtual void LeaveEnumValue(EnumValueNode node)
    {
    }

    protected virtual VisitorAction EnterListValue(ListValueNode node) => VisitorAction.Continue;

    protected virtual void LeaveListValue(ListValueNode node)
    {
    }

    protected virtual VisitorAction EnterObjectValue(ObjectValueNode node) => VisitorAction.Continue;

    protected virtual void LeaveObjectValue(ObjectValueNode node)
    {
    }

    protected virtual VisitorAction EnterObjectField(ObjectFieldNode node) => VisitorAction.Continue;

    protected virtual void LeaveObjectField(ObjectFieldNode node)
    {
    }

    protected virtual VisitorAction EnterDirective(DirectiveNode node) => VisitorAction.Continue;

    protected virtual void LeaveDirective(DirectiveNode node)
    {
    }

    protected virtual VisitorAction EnterNamedType(NamedTypeNode node) => VisitorAction.Continue;

    protected virtual void LeaveNamedType(NamedTypeNode node)
    {
    }

    protected virtual VisitorAction EnterListType(ListTypeNode node) => VisitorAction.Continue;

    protected virtual void LeaveListType(ListTypeNode node)
    {
    }

    protected virtual VisitorAction EnterNonNullType(NonNullTypeNode node) => VisitorAction.Continue;

    protected virtual void LeaveNonNullType(NonNullTypeNode node)
    {
    }

    protected virtual VisitorAction EnterSchemaDefinition(SchemaDefinitionNode node) => VisitorAction.Continue;

    protected virtual void LeaveSchemaDefinition(SchemaDefinitionNode node)
    {
    }

    protected virtual VisitorAction EnterOperationTypeDefinition(OperationTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual void LeaveOperationTypeDefinition(OperationTypeDefinitionNode node)
    {
    }

    protected virtual VisitorAction EnterScalarTypeDefinition(ScalarTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual void LeaveScalarTypeDefinition(ScalarTypeDefinitionNode node)
    {
    }

    protected virtual VisitorAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual void LeaveObjectTypeDefinition(ObjectTypeDefinitionNode node)
    {
    }

    protected virtual VisitorAction EnterFieldDefinition(FieldDefinitionNode node) => VisitorAction.Continue;

    protected virtual void LeaveFieldDefinition(FieldDefinitionNode node)
    {
    }

    protected virtual VisitorAction EnterInputValueDefinition(InputValueDefinitionNode node) => VisitorAction.Continue;

    protected virtual void LeaveInputValueDefinition(InputValueDefinitionNode node)
    {
    }

    protected virtual VisitorAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual void LeaveInterfaceTypeDefinition(InterfaceTypeDefinitionNode node)
    {
    }

    protected virtual VisitorAction EnterUnionTypeDefinition(UnionTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual void LeaveUnionTypeDefinition(UnionTypeDefinitionNode node)
    {
    }

    protected virtual VisitorAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual void LeaveEnumTypeDefinition(EnumTypeDefinitionNode node)
    {
    }

    protected virtual VisitorAction EnterEnumValueDefinition(EnumValueDefinitionNode node) => VisitorAction.Continue;

    protected virtual void LeaveEnumValueDefinition(EnumValueDefinitionNode node)
    {
    }

    protected virtual VisitorAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual void LeaveInputObjectTypeDefinition(InputObjectTypeDefinitionNode node)
    {
    }

    protected virtual VisitorAction EnterDirectiveDefinition(DirectiveDefinitionNode node) => VisitorAction.Continue;

    protected virtual void LeaveDirectiveDefinition(DirectiveDefinitionNode node)
    {
    }

    protected virtual VisitorAction EnterSchemaExtension(SchemaExtensionNode node) => VisitorAction.Continue;

    protected virtual void LeaveSchemaExtension(SchemaExtensionNode node)
    {
    }

    protected virtual VisitorAction EnterScalarTypeExtension(ScalarTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual void LeaveScalarTypeExtension(ScalarTypeExtensionNode node)
    {
    }

    protected virtual VisitorAction EnterObjectTypeExtension(ObjectTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual void LeaveObjectTypeExtension(ObjectTypeExtensionNode node)
    {
    }

    protected virtual VisitorAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual void LeaveInterfaceTypeExtension(InterfaceTypeExtensionNode node)
    {
    }

    protected virtual VisitorAction EnterUnionTypeExtension(UnionTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual void LeaveUnionTypeExtension(UnionTypeExtensionNode node)
    {
    }

    protected virtual VisitorAction EnterEnumTypeExtension(EnumTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual void LeaveEnumTypeExtension(EnumTypeExtensionNode node)
    {
    }

    protected virtual VisitorAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual void LeaveInputObjectTypeExtension(InputObjectTypeExtensionNode node)
    {
    }

    // Returns false once the walk is stopped.
    private bool Walk(SyntaxNode node)
    {
        var action = Enter(node);
        if (action == VisitorAction.Stop)
        {
            return false;
        }

        if (action == VisitorAction.SkipChildren)
        {
            return true;
        }

        _ancestors.Add(node);
        var completed = WalkChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        if (!completed)
        {
            return false;
        }

        Leave(node);
        return true;
    }

    private bool WalkOptional(SyntaxNode? node) => node is null || Walk(node);

    private bool WalkList<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!Walk(nodes[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Children in the order the grammar production writes them.
    private bool WalkChildren(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.Document:
            {
                var n = (DocumentNode)node;
                return WalkList(n.Definitions);
            }

            case SyntaxKind.OperationDefinition:
            {
                var n = (OperationDefinitionNode)node;
                return WalkOptional(n.Description) && WalkOptional(n.Name) && WalkList(n.VariableDefinitions)
                    && WalkList(n.Directives) && Walk(n.SelectionSet);
            }

            case SyntaxKind.VariableDefinition:
            {
                var n = (VariableDefinitionNode)node;
                return WalkOptional(n.Description) && Walk(n.Variable) && Walk(n.Type) && WalkOptional(n.DefaultValue)
                    && WalkList(n.Directives);
            }

            case SyntaxKind.Variable:
            {
                var n = (VariableNode)node;
                return Walk(n.Name);
            }

            case SyntaxKind.SelectionSet:
            {
                var n = (SelectionSetNode)node;
                return WalkList(n.Selections);
            }

            case SyntaxKind.Field:
            {
                var n = (FieldNode)node;
                return WalkOptional(n.Alias) && Walk(n.Name) && WalkList(n.Arguments) && WalkList(n.Directives)
                    && WalkOptional(n.SelectionSet);
            }

            case SyntaxKind.Argument:
            {
                var n = (ArgumentNode)node;
                return Walk(n.Name) && Walk(n.Value);
            }

            case SyntaxKind.FragmentSpread:
            {
                var n = (FragmentSpreadNode)node;
                return Walk(n.Name) && WalkList(n.Directives);
            }

            case SyntaxKind.InlineFragment:
            {
                var n = (InlineFragmentNode)node;
                return WalkOptional(n.TypeCondition) && WalkList(n.Directives) && Walk(n.SelectionSet);
            }

            case SyntaxKind.FragmentDefinition:
            {
                var n = (FragmentDefinitionNode)node;
                return WalkOptional(n.Description) && Walk(n.Name) && Walk(n.TypeCondition) && WalkList(n.Directives)
                    && Walk(n.SelectionSet);
            }

            case SyntaxKind.ListValue:
            {
                var n = (ListValueNode)node;
                return WalkList(n.Values);
            }

            case SyntaxKind.ObjectValue:
            {
                var n = (ObjectValueNode)node;
                return WalkList(n.Fields);
            }

            case SyntaxKind.ObjectField:
            {
                var n = (ObjectFieldNode)node;
                return Walk(n.Name) && Walk(n.Value);
            }

            case SyntaxKind.Directive:
            {
                var n = (DirectiveNode)node;
                return Walk(n.Name) && WalkList(n.Arguments);
            }

            case SyntaxKind.NamedType:
            {
                var n = (NamedTypeNode)node;
                return Walk(n.Name);
            }

            case SyntaxKind.ListType:
            {
                var n = (ListTypeNode)node;
                return Walk(n.Type);
            }

            case SyntaxKind.NonNullType:
            {
                var n = (NonNullTypeNode)node;
                return Walk(n.Type);
            }

            case SyntaxKind.SchemaDefinition:
            {
                var n = (SchemaDefinitionNode)node;
                return WalkOptional(n.Description) && WalkList(n.Directives) && WalkList(n.OperationTypes);
            }

            case SyntaxKind.OperationTypeDefinition:
            {
                var n = (OperationTypeDefinitionNode)node;
                return Walk(n.Type);
            }

            case SyntaxKind.ScalarTypeDefinition:
            {
                var n = (ScalarTypeDefinitionNode)node;
                return WalkOptional(n.Description) && Walk(n.Name) && WalkList(n.Directives);
            }

            case SyntaxKind.ObjectTypeDefinition:
            {
                var n = (ObjectTypeDefinitionNode)node;
                return WalkOptional(n.Description) && Walk(n.Name) && WalkList(n.Interfaces) && WalkList(n.Directives)
                    && WalkList(n.Fields);
            }

            case SyntaxKind.FieldDefinition:
            {
                var n = (FieldDefinitionNode)node;
                return WalkOptional(n.Description) && Walk(n.Name) && WalkList(n.Arguments) && Walk(n.Type)
                    && WalkList(n.Directives);
            }

            case SyntaxKind.InputValueDefinition:
            {
                var n = (InputValueDefinitionNode)node;
                return WalkOptional(n.Description) && Walk(n.Name) && Walk(n.Type) && WalkOptional(n.DefaultValue)
                    && WalkList(n.Directives);
            }

            case SyntaxKind.InterfaceTypeDefinition:
            {
                var n = (InterfaceTypeDefinitionNode)node;
                return WalkOptional(n.Description) && Walk(n.Name) && WalkList(n.Interfaces) && WalkList(n.Directives)
                    && WalkList(n.Fields);
            }

            case SyntaxKind.UnionTypeDefinition:
            {
                var n = (UnionTypeDefinitionNode)node;
                return WalkOptional(n.Description) && Walk(n.Name) && WalkList(n.Directives) && WalkList(n.Types);
            }

            case SyntaxKind.EnumTypeDefinition:
            {
                var n = (EnumTypeDefinitionNode)node;
                return WalkOptional(n.Description) && Walk(n.Name) && WalkList(n.Directives) && WalkList(n.Values);
            }

            case SyntaxKind.EnumValueDefinition:
            {
                var n = (EnumValueDefinitionNode)node;
                return WalkOptional(n.Description) && Walk(n.Name) && WalkList(n.Directives);
            }

            case SyntaxKind.InputObjectTypeDefinition:
            {
                var n = (InputObjectTypeDefinitionNode)node;
                return WalkOptional(n.Description) && Walk(n.Name) && WalkList(n.Directives) && WalkList(n.Fields);
            }

            case SyntaxKind.DirectiveDefinition:
            {
                var n = (DirectiveDefinitionNode)node;
                return WalkOptional(n.Description) && Walk(n.Name) && WalkList(n.Arguments) && WalkList(n.Locations);
            }

            case SyntaxKind.SchemaExtension:
            {
                var n = (SchemaExtensionNode)node;
                return WalkList(n.Directives) && WalkList(n.OperationTypes);
            }

            case SyntaxKind.ScalarTypeExtension:
            {
                var n = (ScalarTypeExtensionNode)node;
                return Walk(n.Name) && WalkList(n.Directives);
            }

            case SyntaxKind.ObjectTypeExtension:
            {
                var n = (ObjectTypeExtensionNode)node;
                return Walk(n.Name) && WalkList(n.Interfaces) && WalkList(n.Directives) && WalkList(n.Fields);
            }

            case SyntaxKind.InterfaceTypeExtension:
            {
                var n = (InterfaceTypeExtensionNode)node;
                return Walk(n.Name) && WalkList(n.Interfaces) && WalkList(n.Directives) && WalkList(n.Fields);
            }

            case SyntaxKind.UnionTypeExtension:
            {
                var n = (UnionTypeExtensionNode)node;
                return Walk(n.Name) && WalkList(n.Directives) && WalkList(n.Types);
            }

            case SyntaxKind.EnumTypeExtension:
            {
                var n = (EnumTypeExtensionNode)node;
                return Walk(n.Name) && WalkList(n.Directives) && WalkList(n.Values);
            }

            case SyntaxKind.InputObjectTypeExtension:
            {
                var n = (InputObjectTypeExtensionNode)node;
                return Walk(n.Name) && WalkList(n.Directives) && WalkList(n.Fields);
            }

            default:
                // Name and the scalar value nodes are leaves.
                return true;
        }
    }
}
