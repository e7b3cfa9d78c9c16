using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// Turns type-system definitions and extensions into schema elements
/// (<see href="https://spec.graphql.org/September2025/#sec-Type-System">§3 Type System</see>,
/// <see href="https://spec.graphql.org/September2025/#sec-Type-System-Extensions">§3.1 Type System Extensions</see>).
/// </summary>
/// <remarks>
/// Three passes, so definitions may refer to each other in any order: create every named type and directive; fill in
/// fields, arguments, interfaces, members, values and extensions; then coerce the arguments of applied directives,
/// which needs the input types complete. <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> become properties.
/// Errors are collected; an element with an error is left out so that reading can go on.
/// </remarks>
internal sealed class SdlSchemaReader
{
    private readonly DeclaredTypes _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly List<DirectiveDefinition> _directiveList;
    private readonly List<string> _errors;
    private readonly List<(SchemaElement Element, IReadOnlyList<DirectiveNode> Nodes, DirectiveLocation Location)> _pending = [];
    private readonly HashSet<OperationType> _rootOperationsSeen = [];

    public SdlSchemaReader(
        DeclaredTypes types,
        Dictionary<string, DirectiveDefinition> directives,
        List<DirectiveDefinition> directiveList,
        List<string> errors)
    {
        _types = types;
        _directives = directives;
        _directiveList = directiveList;
        _errors = errors;
    }

    /// <summary>The description of the schema definition, if any.</summary>
    public string? SchemaDescription { get; private set; }

    /// <summary>The schema definition, if any.</summary>
    public SchemaDefinitionNode? SchemaDefinition { get; private set; }

    public void Read(IReadOnlyList<DocumentNode> documents, RootTypes roots, List<DirectiveNode> schemaDirectives)
    {
        var definitions = new List<(TypeDefinitionNode Node, NamedTypeBase Type)>();
        var extensions = new List<TypeExtensionNode>();
        var directiveDefinitions = new List<(DirectiveDefinitionNode Node, DirectiveDefinition Directive)>();
        var schemaNodes = new List<SyntaxNode>();
        var hasSchemaDefinition = false;

        foreach (var document in documents)
        {
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case SchemaDefinitionNode schemaDefinition:
                        if (hasSchemaDefinition)
                        {
                            _errors.Add(SchemaErrors.DuplicateSchemaDefinition());
                            break;
                        }

                        hasSchemaDefinition = true;
                        SchemaDefinition = schemaDefinition;
                        SchemaDescription = schemaDefinition.Description?.Value;
                        schemaNodes.Insert(0, schemaDefinition);
                        break;
                    case SchemaExtensionNode schemaExtension:
                        schemaNodes.Add(schemaExtension);
                        break;
                    case TypeDefinitionNode typeDefinition:
                        if (CreateType(typeDefinition) is { } type)
                        {
                            definitions.Add((typeDefinition, type));
                        }

                        break;
                    case TypeExtensionNode typeExtension:
                        extensions.Add(typeExtension);
                        break;
                    case DirectiveDefinitionNode directiveDefinition:
                        if (CreateDirective(directiveDefinition) is { } directive)
                        {
                            directiveDefinitions.Add((directiveDefinition, directive));
                        }

                        break;
                }
            }
        }

        foreach (var (node, type) in definitions)
        {
            FillType(type, node, node.Directives);
        }

        foreach (var extension in extensions)
        {
            Extend(extension);
        }

        foreach (var (node, directive) in directiveDefinitions)
        {
            foreach (var argumentNode in node.Arguments)
            {
                if (directive.Arguments.Contains(argumentNode.Name.Value))
                {
                    _errors.Add(SchemaErrors.DuplicateArgument($"@{directive.Name}({argumentNode.Name.Value}:)"));
                }
                else if (ReadInputValue(argumentNode, $"@{directive.Name}({argumentNode.Name.Value}:)", DirectiveLocation.ArgumentDefinition) is { } argument)
                {
                    directive.AddArgument(argument);
                }
            }
        }

        foreach (var schemaNode in schemaNodes)
        {
            var (operationTypes, directives) = schemaNode switch
            {
                SchemaDefinitionNode definition => (definition.OperationTypes, definition.Directives),
                SchemaExtensionNode extension => (extension.OperationTypes, extension.Directives),
                _ => ([], []),
            };

            ReadOperationTypes(operationTypes, roots);
            schemaDirectives.AddRange(directives);
        }

        foreach (var (element, nodes, location) in _pending)
        {
            ApplyDirectives(element, nodes, location, _directives, _errors);
        }
    }

    /// <summary>Applies <c>schema @…</c> and <c>extend schema @…</c> directives once the schema object exists.</summary>
    public static void ApplySchemaDirectives(
        Schema schema,
        IReadOnlyList<DirectiveNode> nodes,
        Dictionary<string, DirectiveDefinition> directives,
        List<string> errors) =>
        ApplyDirectives(schema, nodes, DirectiveLocation.Schema, directives, errors);

    private NamedTypeBase? CreateType(TypeDefinitionNode node)
    {
        var name = node.Name.Value;
        if (Scalars.GetSpecified(name) is not null)
        {
            // "scalar Int" only restates a built-in scalar, which keeps its own behavior; anything else redefines it.
            if (node is not ScalarTypeDefinitionNode)
            {
                _errors.Add(SchemaErrors.BuiltInScalarRedefined(name));
            }

            return null;
        }

        if (node is ScalarTypeDefinitionNode && _types.Find(name) is ScalarType implementation)
        {
            // A scalar added in code is the implementation of the SDL scalar of its name.
            if (implementation.IsFrozen)
            {
                if (node.Description is not null || node.Directives.Count > 0)
                {
                    _errors.Add(SchemaErrors.FrozenTypeChanged(name));
                }

                return null;
            }

            implementation.Description = node.Description?.Value ?? implementation.Description;
            implementation.Syntax = node;
            return implementation;
        }

        NamedTypeBase type = node switch
        {
            ScalarTypeDefinitionNode => Scalars.Provided.TryGetValue(name, out var create) ? create() : new CustomScalarType(name),
            ObjectTypeDefinitionNode => new ObjectType(name),
            InterfaceTypeDefinitionNode => new InterfaceType(name),
            UnionTypeDefinitionNode => new UnionType(name),
            EnumTypeDefinitionNode => new EnumType(name),
            _ => new InputObjectType(name),
        };

        type.Description = node.Description?.Value;
        type.Syntax = node;
        return _types.Add(type) ? type : null;
    }

    private DirectiveDefinition? CreateDirective(DirectiveDefinitionNode node)
    {
        var locations = new List<DirectiveLocation>(node.Locations.Count);
        foreach (var locationName in node.Locations)
        {
            if (DirectiveLocationNames.TryParse(locationName.Value, out var location))
            {
                locations.Add(location);
            }
            else
            {
                _errors.Add(SchemaErrors.UnknownDirectiveLocation(node.Name.Value, locationName.Value));
            }
        }

        var directive = new DirectiveDefinition(node.Name.Value, locations, node.Repeatable, node.Description?.Value) { Syntax = node };
        return SchemaBuilder.AddDirectiveDefinition(directive, _directives, _directiveList, _errors) ? directive : null;
    }

    /// <summary>Adds the members a definition or extension declares.</summary>
    private void FillType(NamedTypeBase type, SyntaxNode node, IReadOnlyList<DirectiveNode> directives)
    {
        switch (type, node)
        {
            case (ComplexType complex, ObjectTypeDefinitionNode definition):
                AddInterfaces(complex, definition.Interfaces);
                AddFields(complex, definition.Fields);
                break;
            case (ComplexType complex, ObjectTypeExtensionNode extension):
                AddInterfaces(complex, extension.Interfaces);
                AddFields(complex, extension.Fields);
                break;
            case (ComplexType complex, InterfaceTypeDefinitionNode definition):
                AddInterfaces(complex, definition.Interfaces);
                AddFields(complex, definition.Fields);
                break;
            case (ComplexType complex, InterfaceTypeExtensionNode extension):
                AddInterfaces(complex, extension.Interfaces);
                AddFields(complex, extension.Fields);
                break;
            case (UnionType union, UnionTypeDefinitionNode definition):
                AddMembers(union, definition.Types);
                break;
            case (UnionType union, UnionTypeExtensionNode extension):
                AddMembers(union, extension.Types);
                break;
            case (EnumType enumType, EnumTypeDefinitionNode definition):
                AddValues(enumType, definition.Values);
                break;
            case (EnumType enumType, EnumTypeExtensionNode extension):
                AddValues(enumType, extension.Values);
                break;
            case (InputObjectType inputObject, InputObjectTypeDefinitionNode definition):
                AddInputFields(inputObject, definition.Fields);
                break;
            case (InputObjectType inputObject, InputObjectTypeExtensionNode extension):
                AddInputFields(inputObject, extension.Fields);
                break;
        }

        _pending.Add((type, directives, LocationOf(type)));
    }

    /// <summary>§3.1 Type System Extensions: the type must exist, be of the extension's kind, and not be a built-in scalar.</summary>
    private void Extend(TypeExtensionNode extension)
    {
        var name = extension.Name.Value;
        var target = _types.Find(name);
        if (target is null)
        {
            _errors.Add(SchemaErrors.ExtensionOfUndefinedType(name));
            return;
        }

        if (Scalars.GetSpecified(name) is not null && !_types.IsDeclared(name))
        {
            _errors.Add(SchemaErrors.BuiltInScalarRedefined(name));
            return;
        }

        var expectedKind = extension switch
        {
            ObjectTypeExtensionNode => target is ObjectType ? null : "object",
            InterfaceTypeExtensionNode => target is InterfaceType ? null : "interface",
            UnionTypeExtensionNode => target is UnionType ? null : "union",
            EnumTypeExtensionNode => target is EnumType ? null : "enum",
            InputObjectTypeExtensionNode => target is InputObjectType ? null : "input object",
            _ => target is ScalarType ? null : "scalar",
        };

        if (expectedKind is not null)
        {
            _errors.Add(SchemaErrors.ExtensionOfWrongKind(name, expectedKind));
            return;
        }

        var type = (NamedTypeBase)target;
        if (type.IsFrozen)
        {
            _errors.Add(SchemaErrors.FrozenTypeChanged(name));
            return;
        }

        FillType(type, extension, extension.Directives);
    }

    private void AddInterfaces(ComplexType type, IReadOnlyList<NamedTypeNode> interfaces)
    {
        foreach (var node in interfaces)
        {
            switch (_types.Find(node.Name.Value))
            {
                case null:
                    _errors.Add(SchemaErrors.UnknownType(node.Name.Value, type.Name));
                    break;
                case InterfaceType interfaceType:
                    type.AddInterface(interfaceType);
                    break;
                default:
                    _errors.Add(SchemaErrors.ImplementsNonInterface(type.Name, node.Name.Value));
                    break;
            }
        }
    }

    private void AddFields(ComplexType type, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var node in fields)
        {
            var coordinate = type.Name + "." + node.Name.Value;
            if (type.Fields.Contains(node.Name.Value))
            {
                _errors.Add(SchemaErrors.DuplicateField(coordinate));
                continue;
            }

            if (ResolveType(node.Type, coordinate) is not { } fieldType)
            {
                type.HasDroppedMembers = true;
                continue;
            }

            if (!fieldType.IsOutputType())
            {
                _errors.Add(SchemaErrors.FieldTypeNotOutput(coordinate, fieldType.ToString()!));
                type.HasDroppedMembers = true;
                continue;
            }

            var field = type.AddField(new FieldDefinition(node.Name.Value, (IOutputType)fieldType, node.Description?.Value) { Syntax = node });
            foreach (var argumentNode in node.Arguments)
            {
                var argumentCoordinate = $"{coordinate}({argumentNode.Name.Value}:)";
                if (field.Arguments.Contains(argumentNode.Name.Value))
                {
                    _errors.Add(SchemaErrors.DuplicateArgument(argumentCoordinate));
                }
                else if (ReadInputValue(argumentNode, argumentCoordinate, DirectiveLocation.ArgumentDefinition) is { } argument)
                {
                    field.AddArgument(argument);
                }
            }

            _pending.Add((field, node.Directives, DirectiveLocation.FieldDefinition));
        }
    }

    private void AddMembers(UnionType union, IReadOnlyList<NamedTypeNode> members)
    {
        foreach (var node in members)
        {
            switch (_types.Find(node.Name.Value))
            {
                case null:
                    _errors.Add(SchemaErrors.UnknownType(node.Name.Value, union.Name));
                    union.HasDroppedMembers = true;
                    break;
                case ObjectType member:
                    union.AddType(member);
                    break;
                default:
                    _errors.Add(SchemaErrors.UnionMemberNotObject(union.Name, node.Name.Value));
                    union.HasDroppedMembers = true;
                    break;
            }
        }
    }

    private void AddValues(EnumType enumType, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var node in values)
        {
            if (enumType.Values.Contains(node.Name.Value))
            {
                _errors.Add(SchemaErrors.DuplicateEnumValue(enumType.Name + "." + node.Name.Value));
                continue;
            }

            var value = enumType.AddValue(new EnumValue(node.Name.Value, description: node.Description?.Value) { Syntax = node });
            _pending.Add((value, node.Directives, DirectiveLocation.EnumValue));
        }
    }

    private void AddInputFields(InputObjectType inputObject, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        foreach (var node in fields)
        {
            var coordinate = inputObject.Name + "." + node.Name.Value;
            if (inputObject.Fields.Contains(node.Name.Value))
            {
                _errors.Add(SchemaErrors.DuplicateField(coordinate));
            }
            else if (ReadInputValue(node, coordinate, DirectiveLocation.InputFieldDefinition) is { } field)
            {
                inputObject.AddField(field);
            }
            else
            {
                inputObject.HasDroppedMembers = true;
            }
        }
    }

    private InputValueDefinition? ReadInputValue(InputValueDefinitionNode node, string coordinate, DirectiveLocation location)
    {
        if (ResolveType(node.Type, coordinate) is not { } type)
        {
            return null;
        }

        if (!type.IsInputType())
        {
            _errors.Add(SchemaErrors.InputValueTypeNotInput(coordinate, type.ToString()!));
            return null;
        }

        var inputValue = new InputValueDefinition(node.Name.Value, (IInputType)type, node.Description?.Value)
        {
            Syntax = node,
            DefaultValueLiteral = node.DefaultValue,
        };

        _pending.Add((inputValue, node.Directives, location));
        return inputValue;
    }

    /// <summary>The type a reference denotes (§2.11 Type References), or <c>null</c> after reporting an unknown name.</summary>
    private IType? ResolveType(TypeNode node, string coordinate)
    {
        switch (node)
        {
            case NamedTypeNode named:
                var type = _types.Find(named.Name.Value);
                if (type is null)
                {
                    _errors.Add(SchemaErrors.UnknownType(named.Name.Value, coordinate));
                }

                return type;
            case ListTypeNode list:
                return ResolveType(list.Type, coordinate) is { } itemType ? new ListType(itemType) : null;
            case NonNullTypeNode nonNull:
                return ResolveType(nonNull.Type, coordinate) is { } innerType ? new NonNullType(innerType) : null;
            default:
                return null;
        }
    }

    /// <summary>§3.3.1 Root Operation Types: each operation once, each naming an object type.</summary>
    private void ReadOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes, RootTypes roots)
    {
        foreach (var node in operationTypes)
        {
            roots.Defined = true;
            var operation = node.Operation.ToString().ToLowerInvariant();
            if (!_rootOperationsSeen.Add(node.Operation))
            {
                _errors.Add(SchemaErrors.DuplicateRootOperation(operation));
                continue;
            }

            var typeName = node.Type.Name.Value;
            switch (_types.Find(typeName))
            {
                case null:
                    _errors.Add(SchemaErrors.UnknownType(typeName, "schema"));
                    break;
                case ObjectType objectType:
                    switch (node.Operation)
                    {
                        case OperationType.Query:
                            roots.Query = objectType;
                            break;
                        case OperationType.Mutation:
                            roots.Mutation = objectType;
                            break;
                        default:
                            roots.Subscription = objectType;
                            break;
                    }

                    break;
                default:
                    _errors.Add(SchemaErrors.RootTypeNotObject(operation, typeName));
                    break;
            }
        }
    }

    /// <summary>
    /// Coerces each applied directive's arguments against its definition. Unknown directives are kept without arguments so
    /// that validation reports them with the other directive errors.
    /// </summary>
    private static void ApplyDirectives(
        SchemaElement element,
        IReadOnlyList<DirectiveNode> nodes,
        DirectiveLocation location,
        Dictionary<string, DirectiveDefinition> directives,
        List<string> errors)
    {
        var coordinate = CoordinateOf(element);
        var propertyDirectivesSeen = 0;
        foreach (var node in nodes)
        {
            var name = node.Name.Value;
            if (!directives.TryGetValue(name, out var definition))
            {
                element.AddDirective(new AppliedDirective(name) { Syntax = node });
                continue;
            }

            var arguments = CoerceArguments(definition, node, coordinate, errors);
            var property = definition.IsBuiltIn && definition.HasLocation(location) ? PropertyDirective(name) : 0;
            if (property == 0)
            {
                element.AddDirective(new AppliedDirective(name, arguments) { Syntax = node });
                continue;
            }

            if ((propertyDirectivesSeen & property) != 0)
            {
                errors.Add(SchemaErrors.RepeatedDirective(name, coordinate));
                continue;
            }

            propertyDirectivesSeen |= property;
            var argument = (arguments.GetValueOrDefault("reason") ?? arguments.GetValueOrDefault("url")) as string;
            switch (element)
            {
                case FieldDefinition field when name == "deprecated":
                    field.DeprecationReason = argument ?? DirectiveDefinition.DefaultDeprecationReason;
                    break;
                case InputValueDefinition inputValue when name == "deprecated":
                    inputValue.DeprecationReason = argument ?? DirectiveDefinition.DefaultDeprecationReason;
                    break;
                case EnumValue enumValue when name == "deprecated":
                    enumValue.DeprecationReason = argument ?? DirectiveDefinition.DefaultDeprecationReason;
                    break;
                case ScalarType scalar when name == "specifiedBy" && argument is not null:
                    scalar.SpecifiedByUrl = argument;
                    break;
                case InputObjectType inputObject when name == "oneOf":
                    inputObject.IsOneOf = true;
                    break;
            }
        }
    }

    /// <summary>A bit for each built-in directive exposed as a property, so a repeated one is caught; 0 for the others.</summary>
    private static int PropertyDirective(string name) => name switch
    {
        "deprecated" => 1,
        "specifiedBy" => 2,
        "oneOf" => 4,
        _ => 0,
    };

    private static Dictionary<string, object?> CoerceArguments(DirectiveDefinition definition, DirectiveNode node, string coordinate, List<string> errors)
    {
        var arguments = new Dictionary<string, object?>(definition.Arguments.Count, StringComparer.Ordinal);
        foreach (var argumentNode in node.Arguments)
        {
            var argumentName = argumentNode.Name.Value;
            if (definition.GetArgument(argumentName) is not { } argument)
            {
                errors.Add(SchemaErrors.UnknownDirectiveArgument(definition.Name, argumentName, coordinate));
                continue;
            }

            if (ValueCoercion.TryCoerceInputLiteral(argumentNode.Value, argument.Type, null, out var value, out var coercionErrors))
            {
                arguments[argumentName] = value;
            }
            else
            {
                foreach (var error in coercionErrors)
                {
                    errors.Add(SchemaErrors.InvalidDirectiveArgument(definition.Name, argumentName, coordinate, error.Message));
                }
            }
        }

        foreach (var argument in definition.Arguments)
        {
            if (arguments.ContainsKey(argument.Name) || HasArgument(node, argument.Name))
            {
                continue;
            }

            if (argument.HasDefaultValue)
            {
                try
                {
                    arguments[argument.Name] = argument.DefaultValue;
                }
                catch (GraphQLCoercionException)
                {
                    // The invalid default value itself is reported by schema validation.
                }
            }
            else if (argument.Type is NonNullType)
            {
                errors.Add(SchemaErrors.MissingDirectiveArgument(definition.Name, argument.Name, argument.Type.ToString()!, coordinate));
            }
        }

        return arguments;
    }

    private static bool HasArgument(DirectiveNode node, string name)
    {
        foreach (var argument in node.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    private static DirectiveLocation LocationOf(NamedTypeBase type) => type switch
    {
        ScalarType => DirectiveLocation.Scalar,
        ObjectType => DirectiveLocation.Object,
        InterfaceType => DirectiveLocation.Interface,
        UnionType => DirectiveLocation.Union,
        EnumType => DirectiveLocation.Enum,
        _ => DirectiveLocation.InputObject,
    };

    private static string CoordinateOf(SchemaElement element) => element switch
    {
        INamedType type => type.Name,
        FieldDefinition field => field.Coordinate,
        InputValueDefinition inputValue => inputValue.Coordinate,
        EnumValue enumValue => enumValue.Coordinate,
        DirectiveDefinition directive => directive.Coordinate,
        _ => "schema",
    };
}
