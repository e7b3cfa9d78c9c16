using System.ComponentModel.DataAnnotations;
using System.Reflection;
using GraphQL.Execution;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// The mutation conventions: a mutation method becomes <c>createX(input: CreateXInput!): CreateXPayload!</c>, its argument
/// parameters the input's fields, its result and declared exceptions the payload's fields (see <c>README.md</c>).
/// </summary>
internal sealed partial class CodeFirstTypeMapper
{
    private readonly Dictionary<Type, ObjectType> _errorTypes = [];
    private InterfaceType? _errorInterface;

    /// <summary>The conventions a method of <paramref name="target"/> follows, or <c>null</c> when it is a plain field.</summary>
    private MutationConventionSettings? MutationConvention(FieldTarget target, MethodInfo method)
    {
        if (target.Type is null || !ReferenceEquals(target.Type, Mutation))
        {
            return null;
        }

        var attribute = ReflectionMembers.Attribute<UseMutationConventionAttribute>(method);
        var options = _registrations.MutationConventions;
        if (attribute is { Disabled: true } || (attribute is null && options is not { ApplyToAllMutations: true }))
        {
            return null;
        }

        return new MutationConventionSettings(options ?? MutationConventionOptions.Default, attribute);
    }

    private void AddConventionMutationField(
        FieldTarget target, Type clrType, MethodInfo method, Type? implicitParent, FieldConfiguration? configuration, MutationConventionSettings convention)
    {
        var (options, attribute) = (convention.Options, convention.Attribute);
        var declarations = ReflectionMembers.WithDeclarations(method);
        var name = configuration?.Name ?? ReflectionMembers.First(declarations, ReflectionMembers.GraphQLName) ?? Naming.FieldName(method);
        var site = $"{ReflectionMembers.Display(method)} ({target.TypeName}.{name})";
        var (valueType, nullability) = UnwrapAwaitable(method.ReturnType, _nullability.Create(method.ReturnParameter));
        if (valueType == typeof(void))
        {
            Errors.Add(CodeFirstErrors.NoValue(site, method.ReturnType));
            return;
        }

        if (!NameValidation.IsValid(name))
        {
            Errors.Add(CodeFirstErrors.InvalidName(site, name));
            return;
        }

        // The result is null whenever the payload reports errors, so its field is nullable whatever the method declares.
        var reference = ClrTypeReference.Create(valueType, nullability, IsLeaf);
        ICustomAttributeProvider[] returnAttributes =
            [.. declarations, .. declarations.OfType<MethodInfo>().Select(declaration => declaration.ReturnParameter)];
        if (MapOutput(reference, returnAttributes, site, nonNull: false) is not { } resultType ||
            DeclaredErrors(declarations, site) is not { } errorTypes)
        {
            return;
        }

        var prefix = char.ToUpperInvariant(name[0]) + name[1..];
        var payloadName = attribute?.PayloadTypeName ?? prefix + options.PayloadTypeNameSuffix;
        if (!TryRegister(payloadName, site, () => new ObjectType(payloadName), out var createdPayload))
        {
            return;
        }

        var payload = (ObjectType)createdPayload!;
        var resultFieldName = attribute?.PayloadFieldName ?? Naming.ToCamelCase(resultType.NamedType().Name);
        if (CreateField(resultFieldName, resultType, null, [], site) is not { } resultField ||
            CreateField(name, new NonNullType(payload), method, declarations, site) is not { } field)
        {
            return;
        }

        payload.AddField(resultField.Resolve(MutationPayload.ResolveResult));
        var fieldCoordinate = target.TypeName + "." + name;
        var inputArgumentName = attribute?.InputArgumentName ?? options.InputArgumentName;
        var inputName = attribute?.InputTypeName ?? prefix + options.InputTypeNameSuffix;
        if (ConventionInput(method, implicitParent, inputName, fieldCoordinate, site) is not var (sources, input, validation))
        {
            return;
        }

        if (input is not null)
        {
            field.AddArgument(new InputValueDefinition(inputArgumentName, new NonNullType(input)));
        }

        var reported = validation is null ? errorTypes : [.. errorTypes, typeof(InputValidationError)];
        if (reported.Count > 0 && ErrorUnion(attribute?.PayloadErrorTypeName ?? prefix + options.PayloadErrorTypeNameSuffix, reported, options, site) is { } union)
        {
            payload.AddField(new FieldDefinition(options.PayloadErrorsFieldName, new ListType(new NonNullType(union))).Resolve(MutationPayload.ResolveErrors));
        }

        if (configuration is not null)
        {
            configuration.IsApplied = true;
            _fieldConfigurations.Add((field, configuration));
        }

        if (!target.TryAdd(field, site, Errors))
        {
            return;
        }

        var resolver = new MutationConventionResolver(errorTypes, validation, input is null ? null : inputArgumentName);
        _plans.Add((field, new ResolverPlan
        {
            Member = method,
            Instance = method.IsStatic ? ResolverInstance.Static : ResolverInstance.ResolverClass,
            InstanceType = clrType,
            Parameters = sources,
            Site = site,
            Decorate = resolver.Decorate,
        }));
    }

    /// <summary>
    /// The input object of the method's argument parameters (none when it has none) and the sources of all its parameters;
    /// the compiled method reads the input's fields as its arguments.
    /// </summary>
    private (ParameterSource[] Sources, InputObjectType? Input, InputValidationPlan? Validation)? ConventionInput(
        MethodInfo method, Type? implicitParent, string inputName, string fieldCoordinate, string site)
    {
        var parameters = method.GetParameters();
        var sources = new ParameterSource[parameters.Length];
        var validated = new List<(string Name, ParameterInfo Parameter)>();
        InputObjectType? input = null;
        var failed = false;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (SpecialParameter(parameter, i, implicitParent) is { } special)
            {
                sources[i] = special;
                continue;
            }

            if (input is null)
            {
                if (!TryRegister(inputName, site, () => new InputObjectType(inputName), out var created))
                {
                    return null;
                }

                input = (InputObjectType)created!;
            }

            var name = ReflectionMembers.GraphQLName(parameter) ?? Naming.ToCamelCase(parameter.Name!);
            var parameterSite = $"{ReflectionMembers.Display(parameter)} ({fieldCoordinate}(input: {{ {name} }}))";
            if (CreateArgument(parameter, name, parameterSite) is not var (definition, fallback))
            {
                failed = true;
                continue;
            }

            input.AddField(definition);
            sources[i] = new ParameterSource.Argument(name, definition.Type, fallback);
            validated.Add((name, parameter));
        }

        return failed ? null : (sources, input, InputValidationPlanFor(validated));
    }

    /// <summary>The exception types of the method's <see cref="ErrorAttribute"/>s, in order; <c>null</c> when one is not an exception.</summary>
    private List<Type>? DeclaredErrors(ICustomAttributeProvider[] declarations, string site)
    {
        var types = new List<Type>();
        foreach (var declaration in declarations)
        {
            foreach (ErrorAttribute error in declaration.GetCustomAttributes(typeof(ErrorAttribute), true))
            {
                if (!typeof(Exception).IsAssignableFrom(error.ExceptionType))
                {
                    Errors.Add(MutationConventionErrors.NotAnException(site, error.ExceptionType));
                    return null;
                }

                if (!types.Contains(error.ExceptionType))
                {
                    types.Add(error.ExceptionType);
                }
            }
        }

        return types;
    }

    private UnionType? ErrorUnion(string name, List<Type> errorTypes, MutationConventionOptions options, string site)
    {
        if (!TryRegister(name, site, () => new UnionType(name), out var created))
        {
            return null;
        }

        var union = (UnionType)created!;
        var members = new Dictionary<Type, ObjectType>();
        foreach (var errorType in errorTypes)
        {
            if (ErrorObjectType(errorType, options) is { } member)
            {
                union.AddType(member);
                members[errorType] = member;
            }
        }

        return union.ResolveType(PayloadError.TypeResolver(members));
    }

    /// <summary>
    /// The object type of an error class, once per class: <c>XException</c> → <c>XError</c>, implementing the error
    /// interface, with <c>message</c> and a field for each public property the class adds to the framework's.
    /// </summary>
    private ObjectType? ErrorObjectType(Type errorType, MutationConventionOptions options)
    {
        if (_errorTypes.TryGetValue(errorType, out var existing))
        {
            return existing;
        }

        var name = ReflectionMembers.GraphQLName(errorType) ?? ErrorTypeName(Naming.TypeName(errorType));
        var description = ReflectionMembers.Description(errorType);
        if (ErrorInterface(options) is not { } errorInterface ||
            !TryRegister(name, Naming.Display(errorType), () => new ObjectType(name, description), out var created))
        {
            return null;
        }

        var type = (ObjectType)created!;
        type.Features[CodeFirstFeatures.ClrTypeKey] = errorType;
        type.AddInterface(errorInterface);
        _errorTypes[errorType] = type;
        var message = MessageField().Resolve(PayloadError.PropertyReader(errorType.GetProperty(nameof(Exception.Message))!));
        type.AddField(message);
        foreach (var property in ReflectionMembers.OutputProperties(errorType, includeStatic: false))
        {
            if (ReflectionMembers.IsIgnored(property) || property.Name == nameof(Exception.Message))
            {
                continue;
            }

            var declarations = ReflectionMembers.WithDeclarations(property);
            var fieldName = ReflectionMembers.First(declarations, ReflectionMembers.GraphQLName) ?? Naming.ToCamelCase(property.Name);
            var fieldSite = $"{ReflectionMembers.Display(property)} ({type.Name}.{fieldName})";
            var reference = ClrTypeReference.Create(property.PropertyType, _nullability.Create(property), IsLeaf);
            if (MapOutput(reference, declarations, fieldSite, null) is not { } fieldType || CreateField(fieldName, fieldType, property, declarations, fieldSite) is not { } field)
            {
                continue;
            }

            if (type.Fields.Contains(fieldName))
            {
                Errors.Add(CodeFirstErrors.DuplicateField(fieldSite, fieldName, type.Name + "." + fieldName));
                continue;
            }

            type.AddField(field.Resolve(PayloadError.PropertyReader(property)));
        }

        return type;
    }

    private InterfaceType? ErrorInterface(MutationConventionOptions options)
    {
        if (_errorInterface is not null)
        {
            return _errorInterface;
        }

        var name = options.ErrorInterfaceName;
        if (!TryRegister(name, "MutationConventionOptions.ErrorInterfaceName", () => new InterfaceType(name, "An error a mutation reports in its payload."), out var created))
        {
            return null;
        }

        _errorInterface = (InterfaceType)created!;
        _errorInterface.AddField(MessageField());
        _errorInterface.ResolveType(PayloadError.TypeResolver(_errorTypes));
        return _errorInterface;
    }

    private FieldDefinition MessageField() => new("message", new NonNullType(UseScalar(Scalars.String)));

    /// <summary><c>PlaybookNotFoundException</c> → <c>PlaybookNotFoundError</c>; <c>QuotaError</c> stays; <c>Conflict</c> → <c>ConflictError</c>.</summary>
    internal static string ErrorTypeName(string clrName)
    {
        const string exceptionSuffix = "Exception";
        if (clrName.EndsWith(exceptionSuffix, StringComparison.Ordinal) && clrName.Length > exceptionSuffix.Length)
        {
            return clrName[..^exceptionSuffix.Length] + "Error";
        }

        return clrName.EndsWith("Error", StringComparison.Ordinal) ? clrName : clrName + "Error";
    }

    /// <summary>
    /// The <see cref="ValidationAttribute"/>s on the input's parameters and, through input classes, on their members;
    /// <c>null</c> when there are none. A recursive input class is checked down to its first repetition.
    /// </summary>
    private InputValidationPlan? InputValidationPlanFor(IEnumerable<(string Name, ParameterInfo Parameter)> parameters)
    {
        var inProgress = new HashSet<Type>();
        var fields = new List<InputValidationPlan.Field>();
        foreach (var (name, parameter) in parameters)
        {
            var reference = ClrTypeReference.Create(parameter.ParameterType, _nullability.Create(parameter), IsLeaf);
            AddValidationField(fields, name, [parameter], reference.NamedType, inProgress);
        }

        return fields.Count == 0 ? null : new InputValidationPlan(fields);
    }

    private void AddValidationField(List<InputValidationPlan.Field> fields, string name, ICustomAttributeProvider[] providers, Type namedType, HashSet<Type> inProgress)
    {
        var attributes = providers.SelectMany(provider => provider.GetCustomAttributes(typeof(ValidationAttribute), true)).Cast<ValidationAttribute>().ToArray();
        var nested = IsLeaf(namedType) || namedType.IsEnum || IsUnmappable(namedType) ? null : NestedValidationPlan(namedType, inProgress);
        if (attributes.Length > 0 || nested is not null)
        {
            fields.Add(new InputValidationPlan.Field(name, attributes, nested));
        }
    }

    private InputValidationPlan? NestedValidationPlan(Type clrType, HashSet<Type> inProgress)
    {
        if (!inProgress.Add(clrType) || InputShape.Describe(clrType, _nullability) is not { } shape)
        {
            return null;
        }

        var fields = new List<InputValidationPlan.Field>();
        foreach (var member in shape.Members)
        {
            if (!member.IsIgnored)
            {
                AddValidationField(fields, member.Name, member.Attributes, ClrTypeReference.Create(member.Type, member.Nullability, IsLeaf).NamedType, inProgress);
            }
        }

        inProgress.Remove(clrType);
        return fields.Count == 0 ? null : new InputValidationPlan(fields);
    }

    private sealed record MutationConventionSettings(MutationConventionOptions Options, UseMutationConventionAttribute? Attribute);
}
