using System.Reflection;

namespace GraphQL.Types.CodeFirst;

/// <summary>SDL-first binding: the members of a resolver class become the resolvers of an SDL type's fields.</summary>
internal sealed partial class CodeFirstTypeMapper
{
    /// <summary>
    /// Binds each public property and method of <paramref name="resolvers"/> to the field of <paramref name="type"/>
    /// named like it (as a code-first field would be named); each parameter that is not special to the argument named
    /// like it. A CLR enum meeting an SDL enum (as a result or argument) binds the enum's values to the CLR members.
    /// </summary>
    public void BindResolvers(ObjectType type, Type resolvers, List<string> errors)
    {
        foreach (var property in ReflectionMembers.OutputProperties(resolvers, includeStatic: true))
        {
            if (ReflectionMembers.IsIgnored(property))
            {
                continue;
            }

            var name = ReflectionMembers.GraphQLName(property) ?? Naming.ToCamelCase(property.Name);
            var site = $"{ReflectionMembers.Display(property)} ({type.Name}.{name})";
            if (FindSdlField(type, name, site, errors) is not { } field)
            {
                continue;
            }

            BindSdlEnum(field.Type, UnwrapAwaitable(property.PropertyType, null).Type, errors);
            Attach(field, new ResolverPlan
            {
                Member = property,
                Instance = property.GetMethod!.IsStatic ? ResolverInstance.Static : ResolverInstance.ResolverClass,
                InstanceType = resolvers,
                MapsJsonDocuments = IsJsonDocument(property.PropertyType),
                Site = site,
            }, errors);
        }

        foreach (var method in ReflectionMembers.OutputMethods(resolvers, includeStatic: true))
        {
            if (ReflectionMembers.IsIgnored(method))
            {
                continue;
            }

            var name = ReflectionMembers.GraphQLName(method) ?? Naming.FieldName(method);
            var site = $"{ReflectionMembers.Display(method)} ({type.Name}.{name})";
            if (FindSdlField(type, name, site, errors) is not { } field || SdlParameterSources(field, method, errors) is not { } parameters)
            {
                continue;
            }

            BindSdlEnum(field.Type, UnwrapAwaitable(method.ReturnType, null).Type, errors);
            Attach(field, new ResolverPlan
            {
                Member = method,
                Instance = method.IsStatic ? ResolverInstance.Static : ResolverInstance.ResolverClass,
                InstanceType = resolvers,
                Parameters = parameters,
                MapsJsonDocuments = IsJsonDocument(method.ReturnType),
                Site = site,
            }, errors);
        }
    }

    /// <summary>Adds the fields a type extension made for an SDL type, now that the SDL has been read.</summary>
    public static void AddSdlExtensionFields(ObjectType type, IReadOnlyList<FieldDefinition> fields, List<string> errors)
    {
        foreach (var field in fields)
        {
            if (type.Fields.Contains(field.Name))
            {
                var member = CodeFirstFeatures.GetMember(field) as MemberInfo;
                var site = member is null ? field.Name : $"{ReflectionMembers.Display(member)} ({type.Name}.{field.Name})";
                errors.Add(CodeFirstErrors.DuplicateField(site, field.Name, "the SDL's " + type.Name + "." + field.Name));
                continue;
            }

            type.AddField(field);
        }
    }

    private static FieldDefinition? FindSdlField(ObjectType type, string name, string site, List<string> errors)
    {
        var field = type.GetField(name);
        if (field is null)
        {
            errors.Add(CodeFirstErrors.SdlFieldNotFound(site, type.Name, name));
        }

        return field;
    }

    private ParameterSource[]? SdlParameterSources(FieldDefinition field, MethodInfo method, List<string> errors)
    {
        var parameters = method.GetParameters();
        var sources = new ParameterSource[parameters.Length];
        var failed = false;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (SpecialParameter(parameter, i, implicitParent: null) is { } special)
            {
                sources[i] = special;
                continue;
            }

            var name = ReflectionMembers.GraphQLName(parameter) ?? Naming.ToCamelCase(parameter.Name!);
            if (field.GetArgument(name) is not { } argument)
            {
                errors.Add(CodeFirstErrors.SdlArgumentNotFound($"{ReflectionMembers.Display(parameter)} ({field.Coordinate}({name}:))", field.Coordinate, name));
                failed = true;
                continue;
            }

            BindSdlEnum(argument.Type, parameter.ParameterType, errors);
            var reference = ClrTypeReference.Create(parameter.ParameterType, null, IsLeaf);
            var (_, fallback) = DefaultValue(parameter, reference.NamedType);
            sources[i] = new ParameterSource.Argument(name, argument.Type, fallback);
        }

        return failed ? null : sources;
    }

    /// <summary>Binds the values of an SDL enum (still their own names) to the members of the CLR enum found at the same place.</summary>
    private void BindSdlEnum(IType type, Type clrType, List<string> errors)
    {
        if (type.NamedType() is not EnumType { IsFrozen: false } enumType)
        {
            return;
        }

        var clrEnum = ClrTypeReference.Create(clrType, null, IsLeaf).NamedType;
        if (!clrEnum.IsEnum || enumType.Values.Any(value => value.Value is not string))
        {
            return;
        }

        var members = clrEnum.GetFields(BindingFlags.Public | BindingFlags.Static);
        foreach (var value in enumType.Values)
        {
            var member = Array.Find(members, field => ReflectionMembers.GraphQLName(field) == value.Name) ??
                Array.Find(members, field => Naming.ToUpperSnakeCase(field.Name) == value.Name) ??
                Array.Find(members, field => string.Equals(field.Name, value.Name, StringComparison.OrdinalIgnoreCase));
            if (member is null)
            {
                errors.Add(CodeFirstErrors.SdlEnumValueNotFound(value.Coordinate, clrEnum));
                continue;
            }

            value.Value = member.GetValue(null)!;
        }
    }

    private bool IsJsonDocument(Type type) =>
        ClrTypeReference.Create(UnwrapAwaitable(type, null).Type, null, IsLeaf).NamedType == typeof(System.Text.Json.JsonDocument);
}
