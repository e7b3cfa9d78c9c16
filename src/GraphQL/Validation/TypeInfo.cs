using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// Tracks, during a walk over an executable document, which part of the schema the current node refers to:
/// the type whose fields are being selected, the field, its output type, the expected input type of a value,
/// the argument, directive and enum value — what graphql-js's <c>TypeInfo</c> tracks.
/// </summary>
/// <remarks>
/// <para>
/// Call <see cref="Enter"/> before a node's children are walked and <see cref="Leave"/> after; the validation walk
/// enters it before the rules and leaves it after them, so a rule sees the state of the node it is in. Every
/// property is <c>null</c> where the document refers to something the schema lacks (an unknown field or type), so
/// one unknown name yields one error from the rule responsible and silence from the others.
/// </para>
/// <para>One instance serves one walk at a time; its stacks are empty again once the walk ends.</para>
/// </remarks>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IOutputType?> _typeStack = [];
    private readonly List<ICompositeType?> _parentTypeStack = [];
    private readonly List<IInputType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefinitionStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    // Inside a directive, arguments are the directive's, even when the directive is unknown.
    private bool _inDirective;

    public TypeInfo(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>
    /// The output type of the current position: the root type inside an operation, the type condition inside a
    /// fragment, the field's type inside a field.
    /// </summary>
    public IOutputType? OutputType => Top(_typeStack);

    /// <summary>The composite type whose fields the current selection set selects.</summary>
    public ICompositeType? ParentType => Top(_parentTypeStack);

    /// <summary>The field being visited, including the meta fields <c>__typename</c>, <c>__schema</c> and <c>__type</c>.</summary>
    public FieldDefinition? FieldDefinition => Top(_fieldDefinitionStack);

    /// <summary>
    /// The type the current value is expected to have: a variable definition's type, an argument's type, a list's
    /// item type, an input object field's type.
    /// </summary>
    public IInputType? InputType => Top(_inputTypeStack);

    /// <summary>The input type enclosing <see cref="InputType"/>: the list or input object the current value is in.</summary>
    public IInputType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>
    /// The default value of the argument or input object field the current value is given for, as a literal; <c>null</c>
    /// when it has none (a default of <c>null</c> is a <see cref="NullValueNode"/>).
    /// </summary>
    public ValueNode? DefaultValue => Top(_defaultValueStack);

    /// <summary>The directive whose arguments are being visited.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The argument definition of the current argument, of a field or of a directive.</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The enum value the current enum literal names.</summary>
    public EnumValue? EnumValue { get; private set; }

    /// <summary>
    /// The field <paramref name="name"/> of <paramref name="parentType"/>, the meta fields included
    /// (<see href="https://spec.graphql.org/September2025/#sec-Field-Selections">Field Selections</see>);
    /// <c>null</c> when there is none (a union declares no fields but <c>__typename</c>).
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, ICompositeType parentType, string name)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > 1 && name[0] == '_' && name[1] == '_' && MetaFields.Find(schema, parentType, name) is { } metaField)
        {
            return metaField;
        }

        return parentType is ComplexType complexType ? complexType.GetField(name) : null;
    }

    public void Enter(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                _parentTypeStack.Add(OutputType?.NamedType() as ICompositeType);
                break;
            case SyntaxKind.Field:
            {
                var parentType = ParentType;
                var field = parentType is null ? null : GetFieldDefinition(_schema, parentType, ((FieldNode)node).Name.Value);
                _fieldDefinitionStack.Add(field);
                _typeStack.Add(field?.Type);
                break;
            }

            case SyntaxKind.Directive:
                _inDirective = true;
                Directive = _schema.GetDirectiveDefinition(((DirectiveNode)node).Name.Value);
                break;
            case SyntaxKind.OperationDefinition:
                _typeStack.Add(_schema.GetRootType(((OperationDefinitionNode)node).Operation));
                break;
            case SyntaxKind.InlineFragment:
            {
                var typeCondition = ((InlineFragmentNode)node).TypeCondition;
                _typeStack.Add(typeCondition is null ? OutputType?.NamedType() as IOutputType : OutputTypeOf(typeCondition));
                break;
            }

            case SyntaxKind.FragmentDefinition:
                _typeStack.Add(OutputTypeOf(((FragmentDefinitionNode)node).TypeCondition));
                break;
            case SyntaxKind.VariableDefinition:
            {
                var type = _schema.GetTypeFromAst(((VariableDefinitionNode)node).Type);
                _inputTypeStack.Add(type is not null && type.IsInputType() ? (IInputType)type : null);
                break;
            }

            case SyntaxKind.Argument:
            {
                var name = ((ArgumentNode)node).Name.Value;
                var argument = _inDirective ? Directive?.GetArgument(name) : FieldDefinition?.GetArgument(name);
                Argument = argument;
                _defaultValueStack.Add(DefaultLiteralOf(argument));
                _inputTypeStack.Add(argument?.Type);
                break;
            }

            case SyntaxKind.ListValue:
            {
                var listType = InputType?.NullableType();
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? (IInputType)itemType : null);
                break;
            }

            case SyntaxKind.ObjectField:
            {
                var field = InputType?.NamedType() is InputObjectType inputObject
                    ? inputObject.GetField(((ObjectFieldNode)node).Name.Value)
                    : null;
                _defaultValueStack.Add(DefaultLiteralOf(field));
                _inputTypeStack.Add(field?.Type);
                break;
            }

            case SyntaxKind.EnumValue:
                EnumValue = InputType?.NamedType() is EnumType enumType ? enumType.GetValue(((EnumValueNode)node).Value) : null;
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case SyntaxKind.Field:
                Pop(_fieldDefinitionStack);
                Pop(_typeStack);
                break;
            case SyntaxKind.Directive:
                _inDirective = false;
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case SyntaxKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.ListValue:
            case SyntaxKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count == 0 ? null : stack[^1];

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);

    private static ValueNode? DefaultLiteralOf(InputValueDefinition? definition) =>
        definition is { HasDefaultValue: true } ? definition.DefaultValueLiteral : null;

    // A type condition names a type; only an output type can be selected on.
    private IOutputType? OutputTypeOf(NamedTypeNode typeCondition) => _schema.GetType(typeCondition.Name.Value) as IOutputType;
}
