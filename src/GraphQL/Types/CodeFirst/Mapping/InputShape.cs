using System.Reflection;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// How a CLR class, record or struct is built from an input object: the constructor to call and the members that
/// become input fields (constructor parameters, then settable properties).
/// </summary>
internal sealed class InputShape
{
    private InputShape(Type clrType, ConstructorInfo? constructor, IReadOnlyList<InputMember> members)
    {
        ClrType = clrType;
        Constructor = constructor;
        Members = members;
    }

    public Type ClrType { get; }

    /// <summary>The constructor; <c>null</c> for a struct built with its default value.</summary>
    public ConstructorInfo? Constructor { get; }

    /// <summary>The members in property order, ignored ones included (a constructor still needs a value for them).</summary>
    public IReadOnlyList<InputMember> Members { get; }

    /// <summary>
    /// The constructor with the most parameters whose parameters all name properties (a record's primary constructor),
    /// or the parameterless one; <c>null</c> when the type has neither, or is abstract.
    /// </summary>
    public static InputShape? Describe(Type type, NullabilityInfoContext nullability)
    {
        if (type.IsAbstract || type.IsInterface)
        {
            return null;
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true })
            .ToArray();
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(candidate => candidate.GetParameters().Length)
            .FirstOrDefault(candidate => candidate.GetParameters().All(parameter => FindProperty(properties, parameter) is not null));
        if (constructor is null && !type.IsValueType)
        {
            return null;
        }

        var parameters = constructor?.GetParameters() ?? [];
        var members = new List<InputMember>(properties.Length);
        foreach (var property in properties)
        {
            var parameter = Array.Find(parameters, candidate => string.Equals(candidate.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter is null && property.SetMethod is not { IsPublic: true })
            {
                continue;
            }

            ICustomAttributeProvider[] attributes = parameter is null ? [property] : [property, parameter];
            members.Add(new InputMember
            {
                ClrName = property.Name,
                Name = attributes.Select(ReflectionMembers.GraphQLName).FirstOrDefault(name => name is not null) ?? Naming.ToCamelCase(property.Name),
                Type = parameter?.ParameterType ?? property.PropertyType,
                Nullability = parameter is null ? nullability.Create(property) : nullability.Create(parameter),
                Property = property,
                Parameter = parameter,
                Attributes = attributes,
                IsIgnored = attributes.Any(ReflectionMembers.IsIgnored),
            });
        }

        return new InputShape(type, constructor, members);
    }

    private static PropertyInfo? FindProperty(PropertyInfo[] properties, ParameterInfo parameter) =>
        Array.Find(properties, property => string.Equals(property.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
}
