using System.Reflection;
using GraphQL.Execution;

namespace GraphQL.Types.CodeFirst;

/// <summary>Object, interface and union types, and the output types of fields.</summary>
internal sealed partial class CodeFirstTypeMapper
{
    /// <summary>How the members of a CLR type become fields.</summary>
    private enum MemberRole
    {
        /// <summary>An object type's own class: instance members, resolved on the parent.</summary>
        Object,

        /// <summary>An interface: fields only, the implementations resolve them.</summary>
        Interface,

        /// <summary>A root type or type extension class: instance and static members, on an instance of the class.</summary>
        Resolver,
    }

    /// <summary>The output type of a field, or <c>null</c> after reporting why there is none.</summary>
    private IOutputType? MapOutput(ClrTypeReference reference, ICustomAttributeProvider[] attributes, string site, bool? nonNull)
    {
        var named = NamedTypeOverride(attributes, site, out var failed);
        if (failed)
        {
            return null;
        }

        named ??= MapNamedOutput(reference.NamedType, site);
        if (named is null)
        {
            return null;
        }

        if (named is InputObjectType)
        {
            Errors.Add(CodeFirstErrors.WrongKind(site, named.Name, "an output type"));
            return null;
        }

        return (IOutputType)Wrap(reference, named, nonNull ?? NonNullOverride(attributes));
    }

    private INamedType? MapNamedOutput(Type type, string site)
    {
        if (FindScalar(type) is { } scalar)
        {
            return UseScalar(scalar);
        }

        if (type.IsEnum)
        {
            return GetEnumType(type);
        }

        if (_outputTypes.TryGetValue(type, out var existing))
        {
            return existing;
        }

        if (type.IsInterface)
        {
            Errors.Add(CodeFirstErrors.UnregisteredInterface(site, type));
            return null;
        }

        if (IsUnmappable(type))
        {
            Errors.Add(CodeFirstErrors.CannotMapOutput(site, type));
            return null;
        }

        return GetObjectType(type);
    }

    /// <summary>The object type of a CLR class, record or struct, made on first use and filled from the queue.</summary>
    private ObjectType? GetObjectType(Type clrType)
    {
        if (_outputTypes.TryGetValue(clrType, out var existing))
        {
            return existing as ObjectType;
        }

        var configuration = Configuration(clrType);
        var name = configuration?.Name ?? ReflectionMembers.GraphQLName(clrType) ?? Naming.TypeName(clrType);
        var description = configuration?.Description ?? ReflectionMembers.Description(clrType);
        if (!TryRegister(name, Naming.Display(clrType), () => new ObjectType(name, description), out var created))
        {
            return null;
        }

        var type = (ObjectType)created!;
        type.Features[CodeFirstFeatures.ClrTypeKey] = clrType;
        ApplyDirectiveAttributes(type, clrType);
        type.MapClrType(clrType);
        _outputTypes[clrType] = type;
        var target = AddTarget(type, clrType, isSubscription: false);
        _pending.Enqueue(() =>
        {
            AddFields(target, clrType, MemberRole.Object, implicitParent: null, configuration);
            AddImplementedInterfaces(type, clrType);
        });
        return type;
    }

    private ObjectTypeConfiguration? Configuration(Type clrType)
    {
        if (!_registrations.Configurations.TryGetValue(clrType, out var configuration))
        {
            return null;
        }

        configuration.IsApplied = true;
        return configuration;
    }

    private FieldTarget AddTarget(ComplexType type, Type? clrType, bool isSubscription)
    {
        var target = new FieldTarget(type.Name, type) { ClrType = clrType, IsSubscription = isSubscription };
        _targets[type.Name] = target;
        return target;
    }

    /// <summary>A root operation type: from its class, or empty (for type extensions to fill) when none was given.</summary>
    private ObjectType? CreateRoot(Type? clrType, string defaultName)
    {
        if (clrType is null)
        {
            return null;
        }

        var configuration = Configuration(clrType);
        var name = configuration?.Name ?? defaultName;
        var description = configuration?.Description ?? ReflectionMembers.Description(clrType);
        if (!TryRegister(name, Naming.Display(clrType), () => new ObjectType(name, description), out var created))
        {
            return null;
        }

        var type = (ObjectType)created!;
        type.Features[CodeFirstFeatures.ClrTypeKey] = clrType;
        _outputTypes[clrType] = type;
        var target = AddTarget(type, clrType, isSubscription: defaultName == "Subscription");
        _pending.Enqueue(() => AddFields(target, clrType, MemberRole.Resolver, implicitParent: null, configuration));
        return type;
    }

    private void CreateInterfaces()
    {
        foreach (var clrType in _registrations.Interfaces)
        {
            if (!clrType.IsInterface && !clrType.IsAbstract)
            {
                Errors.Add(CodeFirstErrors.NotAnInterface(clrType));
                continue;
            }

            var name = ReflectionMembers.GraphQLName(clrType) ?? Naming.TypeName(clrType);
            var description = ReflectionMembers.Description(clrType);
            if (!TryRegister(name, Naming.Display(clrType), () => new InterfaceType(name, description), out var created))
            {
                continue;
            }

            var type = (InterfaceType)created!;
            type.Features[CodeFirstFeatures.ClrTypeKey] = clrType;
            _outputTypes[clrType] = type;
            var target = AddTarget(type, clrType, isSubscription: false);
            _pending.Enqueue(() =>
            {
                AddFields(target, clrType, MemberRole.Interface, implicitParent: null, configuration: null);
                AddImplementedInterfaces(type, clrType);
            });
        }
    }

    /// <summary>Declares every registered interface the CLR type implements or derives from.</summary>
    private void AddImplementedInterfaces(ComplexType type, Type clrType)
    {
        foreach (var interfaceClrType in _registrations.Interfaces)
        {
            if (interfaceClrType != clrType && interfaceClrType.IsAssignableFrom(clrType) &&
                _outputTypes.TryGetValue(interfaceClrType, out var mapped) && mapped is InterfaceType interfaceType)
            {
                type.AddInterface(interfaceType);
            }
        }
    }

    private void CreateUnions()
    {
        var unions = new List<(UnionType Type, UnionRegistration Registration)>();
        foreach (var registration in _registrations.Unions)
        {
            var marker = registration.Marker;
            var name = registration.Name ?? ReflectionMembers.GraphQLName(marker!) ?? Naming.TypeName(marker!);
            var description = marker is null ? null : ReflectionMembers.Description(marker);
            var site = marker is null ? "AddUnion(\"" + name + "\")" : Naming.ShortDisplay(marker);
            if (!TryRegister(name, site, () => new UnionType(name, description), out var created))
            {
                continue;
            }

            var union = (UnionType)created!;
            if (marker is not null)
            {
                union.Features[CodeFirstFeatures.ClrTypeKey] = marker;
                _outputTypes[marker] = union;
            }

            unions.Add((union, registration));
        }

        // Members after all unions are known, so a member may itself have a field of a union type.
        foreach (var (union, registration) in unions)
        {
            foreach (var member in registration.Members)
            {
                if (registration.Marker is { } marker && !marker.IsAssignableFrom(member))
                {
                    Errors.Add(CodeFirstErrors.NotAssignableToMarker(member, marker, union.Name));
                    continue;
                }

                if (member.IsInterface || member.IsEnum || FindScalar(member) is not null || IsUnmappable(member) ||
                    (_outputTypes.TryGetValue(member, out var existing) && existing is not ObjectType))
                {
                    Errors.Add(CodeFirstErrors.NotAUnionMember(member, union.Name));
                    continue;
                }

                if (GetObjectType(member) is { } objectType)
                {
                    union.AddType(objectType);
                }
            }
        }
    }

    private void AddExplicitType(Type clrType)
    {
        var site = Naming.ShortDisplay(clrType);
        if (clrType.IsEnum)
        {
            GetEnumType(clrType);
        }
        else if (clrType.IsDefined(typeof(GraphQLInputAttribute), false))
        {
            MapNamedInput(clrType, site, isParameter: false);
        }
        else if (_outputTypes.ContainsKey(clrType))
        {
            // Already added as a root, interface or union marker.
        }
        else if (clrType.IsInterface)
        {
            Errors.Add(CodeFirstErrors.InterfaceAsObject(clrType));
        }
        else
        {
            MapNamedOutput(clrType, site);
        }
    }

    /// <summary>Adds the fields of a type extension class to the type it names, code-first or SDL.</summary>
    private void AddExtension(Type extension)
    {
        var attribute = extension.GetCustomAttribute<ExtendObjectTypeAttribute>(false);
        if (attribute is null)
        {
            Errors.Add(CodeFirstErrors.MissingExtensionAttribute(extension));
            return;
        }

        FieldTarget? target;
        if (attribute.ExtendedType is { } extendedType)
        {
            if (MapNamedOutput(extendedType, Naming.ShortDisplay(extension)) is not { } named)
            {
                return;
            }

            if (named is not ObjectType || !_targets.TryGetValue(named.Name, out target))
            {
                Errors.Add(CodeFirstErrors.ExtensionTargetNotObject(extension, named.Name));
                return;
            }
        }
        else
        {
            target = FindExtensionTarget(extension, attribute.TypeName!);
            if (target is null)
            {
                return;
            }
        }

        var clrParent = target.ClrType is { } parentType && target.Type is ObjectType &&
            !ReferenceEquals(target.Type, Query) && !ReferenceEquals(target.Type, Mutation) && !ReferenceEquals(target.Type, Subscription)
            ? parentType
            : null;
        AddFields(target, extension, MemberRole.Resolver, clrParent, configuration: null);
    }

    /// <summary>
    /// The target of <c>[ExtendObjectType("Name")]</c>: a code-first type, an SDL object type, or, for <c>Query</c>,
    /// <c>Mutation</c> and <c>Subscription</c>, a root type made for the extensions.
    /// </summary>
    private FieldTarget? FindExtensionTarget(Type extension, string typeName)
    {
        if (_targets.TryGetValue(typeName, out var target))
        {
            return target;
        }

        if (_names.ContainsKey(typeName))
        {
            Errors.Add(CodeFirstErrors.ExtensionTargetNotObject(extension, typeName));
            return null;
        }

        if (_registrations.SdlObjectTypes.Contains(typeName))
        {
            target = new FieldTarget(typeName, null);
            _targets.Add(typeName, target);
            return target;
        }

        if (typeName is not ("Query" or "Mutation" or "Subscription"))
        {
            Errors.Add(CodeFirstErrors.UnknownExtensionTarget(extension, typeName));
            return null;
        }

        if (!TryRegister(typeName, Naming.ShortDisplay(extension), () => new ObjectType(typeName), out var created))
        {
            return null;
        }

        var root = (ObjectType)created!;
        switch (typeName)
        {
            case "Query":
                Query = root;
                break;
            case "Mutation":
                Mutation = root;
                break;
            default:
                Subscription = root;
                break;
        }

        return AddTarget(root, clrType: null, isSubscription: typeName == "Subscription");
    }
}
