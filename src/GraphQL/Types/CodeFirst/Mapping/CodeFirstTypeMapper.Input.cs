using System.Reflection;

namespace GraphQL.Types.CodeFirst;

/// <summary>Input types of arguments and input fields, and input object types from classes and records.</summary>
internal sealed partial class CodeFirstTypeMapper
{
    /// <summary>The input type of an argument or input field, or <c>null</c> after reporting why there is none.</summary>
    private IInputType? MapInput(ClrTypeReference reference, ICustomAttributeProvider[] attributes, string site, bool? nonNull, bool isParameter)
    {
        for (var level = reference; level.Element is not null; level = level.Element)
        {
            if (!InputConverters.IsConstructibleList(level.Type))
            {
                Errors.Add(CodeFirstErrors.CannotMapInput(site, level.Type));
                return null;
            }
        }

        var named = NamedTypeOverride(attributes, site, out var failed);
        if (failed)
        {
            return null;
        }

        named ??= MapNamedInput(reference.NamedType, site, isParameter);
        if (named is null)
        {
            return null;
        }

        if (named is not (ScalarType or EnumType or InputObjectType))
        {
            Errors.Add(CodeFirstErrors.WrongKind(site, named.Name, "an input type"));
            return null;
        }

        return (IInputType)Wrap(reference, named, nonNull ?? NonNullOverride(attributes));
    }

    private INamedType? MapNamedInput(Type type, string site, bool isParameter)
    {
        if (FindScalar(type) is { } scalar)
        {
            return UseScalar(scalar);
        }

        if (type.IsEnum)
        {
            return GetEnumType(type);
        }

        if (_inputTypes.TryGetValue(type, out var existing))
        {
            return existing;
        }

        if (type.IsInterface || type.IsAbstract || IsUnmappable(type))
        {
            // A parameter of an unmappable type is most often a service that was not declared as one.
            Errors.Add(isParameter ? CodeFirstErrors.UnboundParameter(site, type) : CodeFirstErrors.CannotMapInput(site, type));
            return null;
        }

        return GetInputObjectType(type, site);
    }

    /// <summary>
    /// The input object of a class, record or struct: named after it with an <c>Input</c> suffix (unless it has one or a
    /// <see cref="GraphQLNameAttribute"/>); fields from its constructor parameters and settable properties.
    /// </summary>
    private InputObjectType? GetInputObjectType(Type clrType, string site)
    {
        if (InputShape.Describe(clrType, _nullability) is not { } shape)
        {
            Errors.Add(CodeFirstErrors.NoInputConstructor(site, clrType));
            return null;
        }

        var name = ReflectionMembers.GraphQLName(clrType) ?? Naming.TypeName(clrType);
        if (ReflectionMembers.GraphQLName(clrType) is null && !name.EndsWith("Input", StringComparison.Ordinal))
        {
            name += "Input";
        }

        var isOneOf = clrType.IsDefined(typeof(OneOfAttribute), false);
        var description = ReflectionMembers.Description(clrType);
        if (!TryRegister(name, Naming.Display(clrType), () => new InputObjectType(name, description) { IsOneOf = isOneOf }, out var created))
        {
            return null;
        }

        var type = (InputObjectType)created!;
        type.Features[CodeFirstFeatures.ClrTypeKey] = clrType;
        _inputTypes[clrType] = type;
        Converters.Shapes[type] = shape;
        _pending.Enqueue(() => AddInputFields(type, shape));
        return type;
    }

    private void AddInputFields(InputObjectType type, InputShape shape)
    {
        foreach (var member in shape.Members)
        {
            if (member.IsIgnored)
            {
                continue;
            }

            var site = $"{member.Display} ({type.Name}.{member.Name})";
            var reference = ClrTypeReference.Create(member.Type, member.Nullability, IsLeaf);
            var (hasDefault, defaultValue) = member.Parameter is null ? (false, null) : DefaultValue(member.Parameter, reference.NamedType);
            if (type.IsOneOf || (hasDefault && defaultValue is null))
            {
                // OneOf fields are nullable by definition (exactly one is given); a null default means "may be left out".
                reference = reference.WithNullable(true);
            }

            var nonNull = type.IsOneOf ? false : (bool?)null;
            if (MapInput(reference, member.Attributes, site, nonNull, isParameter: false) is not { } fieldType ||
                CreateInputValue(member.Name, fieldType, site) is not { } field)
            {
                continue;
            }

            if (type.Fields.Contains(field.Name))
            {
                Errors.Add(CodeFirstErrors.DuplicateField(site, field.Name, type.Name + "." + field.Name));
                continue;
            }

            field.Description = member.Attributes.Select(ReflectionMembers.Description).FirstOrDefault(text => text is not null);
            field.DeprecationReason = member.Attributes.Select(ReflectionMembers.DeprecationReason).FirstOrDefault(text => text is not null);
            field.Features[CodeFirstFeatures.MemberKey] = member.Property;
            if (hasDefault && defaultValue is not null && !type.IsOneOf)
            {
                field.SetDefaultValue(defaultValue);
            }

            type.AddField(field);
        }
    }

    /// <summary>The enum type of a CLR enum: UPPER_SNAKE value names, each value the CLR member.</summary>
    private EnumType? GetEnumType(Type clrType)
    {
        if (_enumTypes.TryGetValue(clrType, out var existing))
        {
            return existing;
        }

        var name = ReflectionMembers.GraphQLName(clrType) ?? Naming.TypeName(clrType);
        var description = ReflectionMembers.Description(clrType);
        if (!TryRegister(name, Naming.Display(clrType), () => new EnumType(name, description), out var created))
        {
            return null;
        }

        var type = (EnumType)created!;
        type.Features[CodeFirstFeatures.ClrTypeKey] = clrType;
        _enumTypes[clrType] = type;
        foreach (var member in clrType.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (ReflectionMembers.IsIgnored(member))
            {
                continue;
            }

            var valueName = ReflectionMembers.GraphQLName(member) ?? Naming.ToUpperSnakeCase(member.Name);
            var valueSite = $"{Naming.ShortDisplay(clrType)}.{member.Name} ({name}.{valueName})";
            if (!NameValidation.IsValid(valueName))
            {
                Errors.Add(CodeFirstErrors.InvalidName(valueSite, valueName));
                continue;
            }

            if (type.Values.Contains(valueName))
            {
                Errors.Add(CodeFirstErrors.DuplicateField(valueSite, valueName, name + "." + valueName));
                continue;
            }

            var value = type.AddValue(valueName, member.GetValue(null), ReflectionMembers.Description(member));
            value.DeprecationReason = ReflectionMembers.DeprecationReason(member);
            value.Features[CodeFirstFeatures.MemberKey] = member;
        }

        return type;
    }
}
