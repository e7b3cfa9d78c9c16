using System.Reflection;
using System.Text.Json;
using GraphQL.Execution;

namespace GraphQL.Types.CodeFirst;

/// <summary>Fields from properties and methods, arguments from parameters, and the plans of their resolvers.</summary>
internal sealed partial class CodeFirstTypeMapper
{
    /// <summary>Adds a field for each public property and method of <paramref name="clrType"/>, then the computed fields.</summary>
    private void AddFields(FieldTarget target, Type clrType, MemberRole role, Type? implicitParent, ObjectTypeConfiguration? configuration)
    {
        var includeStatic = role == MemberRole.Resolver;
        var methods = ReflectionMembers.OutputMethods(clrType, includeStatic).ToList();
        var sourceStreams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var method in methods)
        {
            if (ReflectionMembers.Attribute<SubscribeAttribute>(method) is { } subscribe)
            {
                sourceStreams.Add(subscribe.SourceStreamMethod);
            }
        }

        foreach (var property in ReflectionMembers.OutputProperties(clrType, includeStatic))
        {
            if (!ReflectionMembers.IsIgnored(property) && configuration?.IsIgnored(property) != true)
            {
                AddPropertyField(target, property, role, configuration?.Find(property));
            }
        }

        foreach (var method in methods)
        {
            if (ReflectionMembers.IsIgnored(method) || configuration?.IsIgnored(method) == true || sourceStreams.Contains(method.Name))
            {
                continue;
            }

            if (MutationConvention(target, method) is { } convention)
            {
                AddConventionMutationField(target, clrType, method, implicitParent, configuration?.Find(method), convention);
            }
            else
            {
                AddMethodField(target, clrType, method, role, implicitParent, configuration?.Find(method));
            }
        }

        foreach (var computed in configuration?.ComputedFields ?? [])
        {
            AddComputedField(target, clrType, computed);
        }
    }

    private void AddPropertyField(FieldTarget target, PropertyInfo property, MemberRole role, FieldConfiguration? configuration)
    {
        var declarations = ReflectionMembers.WithDeclarations(property);
        var name = configuration?.Name ?? ReflectionMembers.First(declarations, ReflectionMembers.GraphQLName) ?? Naming.ToCamelCase(property.Name);
        var site = $"{ReflectionMembers.Display(property)} ({target.TypeName}.{name})";
        var (valueType, nullability) = UnwrapAwaitable(property.PropertyType, _nullability.Create(property));
        if (valueType == typeof(void))
        {
            Errors.Add(CodeFirstErrors.NoValue(site, property.PropertyType));
            return;
        }

        var reference = ClrTypeReference.Create(valueType, nullability, IsLeaf);
        if (MapOutput(reference, declarations, site, configuration?.NonNull) is not { } type)
        {
            return;
        }

        var shaping = Shape(type, property, valueType, declarations, configuration, site);
        if (CreateField(name, shaping?.Type ?? type, property, declarations, site) is not { } field)
        {
            return;
        }

        ApplyShaping(field, shaping);

        if (configuration is not null)
        {
            configuration.IsApplied = true;
            _fieldConfigurations.Add((field, configuration));
        }

        if (!target.TryAdd(field, site, Errors))
        {
            return;
        }

        var mapsJson = reference.NamedType == typeof(JsonDocument);
        var isStatic = property.GetMethod!.IsStatic;
        if (role == MemberRole.Interface ||
            (role == MemberRole.Object && valueType == property.PropertyType && !mapsJson && !isStatic && DefaultResolverFinds(property, name)))
        {
            // The default resolver reads this property through its own compiled getter, without a resolver context.
            return;
        }

        _plans.Add((field, new ResolverPlan
        {
            Member = property,
            Instance = isStatic ? ResolverInstance.Static : role == MemberRole.Object ? ResolverInstance.Parent : ResolverInstance.ResolverClass,
            InstanceType = property.ReflectedType!,
            MapsJsonDocuments = mapsJson,
            Site = site,
        }));
    }

    private void AddMethodField(FieldTarget target, Type clrType, MethodInfo method, MemberRole role, Type? implicitParent, FieldConfiguration? configuration)
    {
        var declarations = ReflectionMembers.WithDeclarations(method);
        var name = configuration?.Name ?? ReflectionMembers.First(declarations, ReflectionMembers.GraphQLName) ?? Naming.FieldName(method);
        var site = $"{ReflectionMembers.Display(method)} ({target.TypeName}.{name})";
        var (valueType, nullability) = UnwrapAwaitable(method.ReturnType, _nullability.Create(method.ReturnParameter));
        if (valueType == typeof(void))
        {
            if (role != MemberRole.Object)
            {
                Errors.Add(CodeFirstErrors.NoValue(site, method.ReturnType));
            }

            // An entity's void methods (AddStep(…)) are behavior, not fields.
            return;
        }

        ResolverPlan? sourcePlan = null;
        MethodInfo? sourceMethod = null;
        if (target.IsSubscription)
        {
            if (ReflectionMembers.Attribute<SubscribeAttribute>(method) is { } subscribe)
            {
                sourceMethod = FindSourceStream(clrType, subscribe.SourceStreamMethod, site);
                if (sourceMethod is null)
                {
                    return;
                }
            }
            else if (StreamElement(valueType, nullability) is { } element)
            {
                // A stream returned by the field's own method: each event is the field's value.
                (valueType, nullability) = element;
            }
        }

        var reference = ClrTypeReference.Create(valueType, nullability, IsLeaf);
        ICustomAttributeProvider[] returnAttributes =
            [.. declarations, .. declarations.OfType<MethodInfo>().Select(declaration => declaration.ReturnParameter)];
        if (MapOutput(reference, returnAttributes, site, configuration?.NonNull) is not { } type)
        {
            return;
        }

        var shaping = Shape(type, method, valueType, declarations, configuration, site);
        if (CreateField(name, shaping?.Type ?? type, method, declarations, site) is not { } field)
        {
            return;
        }

        ApplyShaping(field, shaping);

        var fieldCoordinate = target.TypeName + "." + name;
        if (ParameterSources(field, fieldCoordinate, method, implicitParent) is not { } parameters)
        {
            return;
        }

        if (sourceMethod is not null)
        {
            var sourceSite = $"{ReflectionMembers.Display(sourceMethod)} ({fieldCoordinate})";
            var (streamType, _) = UnwrapAwaitable(sourceMethod.ReturnType, null);
            if (ClrTypeReference.FindGeneric(streamType, typeof(IAsyncEnumerable<>)) is null)
            {
                Errors.Add(CodeFirstErrors.NotAStream(sourceSite, sourceMethod.ReturnType));
                return;
            }

            if (ParameterSources(field, fieldCoordinate, sourceMethod, implicitParent) is not { } sourceParameters)
            {
                return;
            }

            sourcePlan = new ResolverPlan
            {
                Member = sourceMethod,
                Instance = sourceMethod.IsStatic ? ResolverInstance.Static : ResolverInstance.ResolverClass,
                InstanceType = clrType,
                Parameters = sourceParameters,
                Site = sourceSite,
            };
        }

        if (configuration is not null)
        {
            configuration.IsApplied = true;
            _fieldConfigurations.Add((field, configuration));
        }

        if (!target.TryAdd(field, site, Errors) || role == MemberRole.Interface)
        {
            return;
        }

        _plans.Add((field, new ResolverPlan
        {
            Member = method,
            Instance = method.IsStatic ? ResolverInstance.Static : role == MemberRole.Object ? ResolverInstance.Parent : ResolverInstance.ResolverClass,
            InstanceType = clrType,
            Parameters = parameters,
            MapsJsonDocuments = reference.NamedType == typeof(JsonDocument),
            Site = site,
            SubscribeSource = sourcePlan,
        }));
    }

    private void AddComputedField(FieldTarget target, Type clrType, FieldConfiguration computed)
    {
        var name = computed.Name!;
        var site = $"{Naming.ShortDisplay(clrType)}.Field(\"{name}\") ({target.TypeName}.{name})";
        var reference = ClrTypeReference.Create(computed.ClrType!, null, IsLeaf);
        if (MapOutput(reference, [], site, computed.NonNull) is not { } type)
        {
            return;
        }

        var shaping = Shape(type, null, computed.ClrType!, [], computed, site);
        if (CreateField(name, shaping?.Type ?? type, null, [], site) is not { } field)
        {
            return;
        }

        ApplyShaping(field, shaping);

        foreach (var (argumentName, argumentClrType) in computed.Arguments)
        {
            var argumentSite = $"{Naming.ShortDisplay(clrType)}.Field(\"{name}\") ({target.TypeName}.{name}({argumentName}:))";
            var argumentReference = ClrTypeReference.Create(argumentClrType, null, IsLeaf);
            if (MapInput(argumentReference, [], argumentSite, null, isParameter: false) is not { } argumentType ||
                CreateInputValue(argumentName, argumentType, argumentSite) is not { } argument)
            {
                return;
            }

            field.AddArgument(argument);
        }

        field.Resolve(computed.Resolver!);
        computed.IsApplied = true;
        _fieldConfigurations.Add((field, computed));
        target.TryAdd(field, site, Errors);
    }

    /// <summary>A field with its description, deprecation and CLR member from the member's attributes.</summary>
    private FieldDefinition? CreateField(string name, IOutputType type, MemberInfo? member, ICustomAttributeProvider[] declarations, string site)
    {
        if (!NameValidation.IsValid(name))
        {
            Errors.Add(CodeFirstErrors.InvalidName(site, name));
            return null;
        }

        var field = new FieldDefinition(name, type, ReflectionMembers.First(declarations, ReflectionMembers.Description));
        field.DeprecationReason = ReflectionMembers.First(declarations, ReflectionMembers.DeprecationReason);
        foreach (var declaration in declarations)
        {
            ApplyDirectiveAttributes(field, declaration);
        }

        if (member is not null)
        {
            field.Features[CodeFirstFeatures.MemberKey] = member;
        }

        return field;
    }

    /// <summary>Applies the <see cref="SchemaDirectiveAttribute"/>s of a member, parameter or class to what it became.</summary>
    private void ApplyDirectiveAttributes(SchemaElement element, ICustomAttributeProvider provider)
    {
        foreach (SchemaDirectiveAttribute directive in provider.GetCustomAttributes(typeof(SchemaDirectiveAttribute), false))
        {
            element.AddDirective(directive.ToDirective());
            DirectiveDefinitions.Add(directive.DefinitionSdl);
        }
    }

    private InputValueDefinition? CreateInputValue(string name, IInputType type, string site)
    {
        if (!NameValidation.IsValid(name))
        {
            Errors.Add(CodeFirstErrors.InvalidName(site, name));
            return null;
        }

        return new InputValueDefinition(name, type);
    }

    /// <summary>
    /// Decides each parameter's source and adds an argument for each one that is an argument. An argument of the same
    /// name and type may already be there (a subscription's source stream and event resolver share arguments).
    /// </summary>
    private ParameterSource[]? ParameterSources(FieldDefinition field, string fieldCoordinate, MethodInfo method, Type? implicitParent)
    {
        var parameters = method.GetParameters();
        var sources = new ParameterSource[parameters.Length];
        var failed = false;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (SpecialParameter(parameter, i, implicitParent) is { } special)
            {
                sources[i] = special;
                continue;
            }

            var name = ReflectionMembers.GraphQLName(parameter) ?? Naming.ToCamelCase(parameter.Name!);
            var site = $"{ReflectionMembers.Display(parameter)} ({fieldCoordinate}({name}:))";
            if (CreateArgument(parameter, name, site) is not { } created)
            {
                failed = true;
                continue;
            }

            var (argument, fallback) = created;

            if (field.GetArgument(name) is { } existing)
            {
                if (!existing.Type.Equals(argument.Type))
                {
                    Errors.Add(CodeFirstErrors.ConflictingArgument(site, name));
                    failed = true;
                    continue;
                }
            }
            else
            {
                field.AddArgument(argument);
            }

            sources[i] = new ParameterSource.Argument(name, argument.Type, fallback, ReflectionMembers.Attribute<IDAttribute>(parameter)?.TypeName);
        }

        return failed ? null : sources;
    }

    /// <summary>
    /// A parameter that is not an argument: <see cref="CancellationToken"/>, <see cref="IResolverContext"/>,
    /// <see cref="IServiceProvider"/>, <see cref="ParentAttribute"/> (or, on a type extension, a first parameter of the
    /// extended CLR type), or a service (<see cref="ServiceAttribute"/> or <see cref="CodeFirstSchemaBuilder.IsService"/>).
    /// </summary>
    internal ParameterSource? SpecialParameter(ParameterInfo parameter, int index, Type? implicitParent)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken))
        {
            return new ParameterSource.Cancellation();
        }

        if (type == typeof(IResolverContext))
        {
            return new ParameterSource.Context();
        }

        if (type == typeof(IServiceProvider))
        {
            return new ParameterSource.Services();
        }

        if (parameter.IsDefined(typeof(ParentAttribute), false) ||
            (index == 0 && implicitParent is not null && type != typeof(object) && type.IsAssignableFrom(implicitParent)))
        {
            return new ParameterSource.Parent();
        }

        if (parameter.IsDefined(typeof(ServiceAttribute), false) || _registrations.IsService(type))
        {
            var optional = Nullable.GetUnderlyingType(type) is not null ||
                (!type.IsValueType && _nullability.Create(parameter).ReadState == NullabilityState.Nullable);
            return new ParameterSource.Service(!optional);
        }

        return null;
    }

    /// <summary>
    /// The argument of a parameter: its type from the parameter's, its default from the C# default. A parameter whose
    /// default is <c>null</c> (or <c>default</c> of a struct) is a nullable argument without a default.
    /// </summary>
    private (InputValueDefinition Argument, object? Fallback)? CreateArgument(ParameterInfo parameter, string name, string site)
    {
        var reference = ClrTypeReference.Create(parameter.ParameterType, _nullability.Create(parameter), IsLeaf);
        var (hasDefault, defaultValue) = DefaultValue(parameter, reference.NamedType);
        if (hasDefault && defaultValue is null)
        {
            reference = reference.WithNullable(true);
        }

        if (MapInput(reference, [parameter], site, null, isParameter: true) is not { } type ||
            CreateInputValue(name, type, site) is not { } argument)
        {
            return null;
        }

        argument.Description = ReflectionMembers.Description(parameter);
        ApplyDirectiveAttributes(argument, parameter);
        argument.DeprecationReason = ReflectionMembers.DeprecationReason(parameter);
        argument.Features[CodeFirstFeatures.MemberKey] = parameter;
        if (hasDefault && defaultValue is not null)
        {
            argument.SetDefaultValue(defaultValue);
        }

        return (argument, hasDefault ? defaultValue : null);
    }

    /// <summary>A parameter's C# default as a GraphQL internal value (an enum default as the enum member).</summary>
    internal static (bool HasDefault, object? Value) DefaultValue(ParameterInfo parameter, Type namedType)
    {
        if (!parameter.HasDefaultValue)
        {
            return (false, null);
        }

        var value = parameter.DefaultValue;
        if (value is DBNull or System.Reflection.Missing)
        {
            return (false, null);
        }

        if (value is not null && namedType.IsEnum && value.GetType() != namedType)
        {
            value = Enum.ToObject(namedType, value);
        }

        return (true, value);
    }

    /// <summary>The element of a subscription's <see cref="IAsyncEnumerable{T}"/>, with its nullability.</summary>
    private static (Type, NullabilityInfo?)? StreamElement(Type type, NullabilityInfo? nullability)
    {
        if (ClrTypeReference.FindGeneric(type, typeof(IAsyncEnumerable<>)) is not { } element)
        {
            return null;
        }

        var isStreamInterface = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>);
        return (element, isStreamInterface ? nullability?.GenericTypeArguments.FirstOrDefault() : null);
    }

    private MethodInfo? FindSourceStream(Type clrType, string name, string site)
    {
        var candidates = clrType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(method => method.Name == name)
            .ToArray();
        if (candidates.Length == 1)
        {
            return candidates[0];
        }

        Errors.Add(CodeFirstErrors.SubscribeSourceNotFound(site, name));
        return null;
    }

    /// <summary>
    /// Whether the default resolver, which looks the field's name up on the parent's CLR type (exact case first, then
    /// ignoring case), finds this very property; then the field needs no resolver of its own.
    /// </summary>
    private static bool DefaultResolverFinds(PropertyInfo property, string fieldName)
    {
        PropertyInfo? caseInsensitive = null;
        foreach (var candidate in property.ReflectedType!.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (candidate.GetIndexParameters().Length > 0 || candidate.GetMethod is null)
            {
                continue;
            }

            if (candidate.Name == fieldName)
            {
                return ReflectionMembers.AreSame(candidate, property);
            }

            if (caseInsensitive is null && string.Equals(candidate.Name, fieldName, StringComparison.OrdinalIgnoreCase))
            {
                caseInsensitive = candidate;
            }
        }

        return caseInsensitive is not null && ReflectionMembers.AreSame(caseInsensitive, property);
    }
}
