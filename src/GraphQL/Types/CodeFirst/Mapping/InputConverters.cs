using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Builds the expressions that turn a coerced argument value into a parameter's CLR type: scalars, enums, lists (arrays,
/// lists, sets) and input objects (classes, records and structs through their constructor and setters). A list or input
/// object converter is compiled once per CLR type and GraphQL type and shared; recursive input types work.
/// </summary>
internal sealed class InputConverters(NullabilityInfoContext nullability)
{
    private static readonly MethodInfo ScalarMethod = Method(nameof(InputConversions.Scalar));
    private static readonly MethodInfo EnumMethod = Method(nameof(InputConversions.Enum));
    private static readonly MethodInfo ToArrayMethod = Method(nameof(InputConversions.ToArray));
    private static readonly MethodInfo ToListMethod = Method(nameof(InputConversions.ToList));
    private static readonly MethodInfo ToHashSetMethod = Method(nameof(InputConversions.ToHashSet));
    private static readonly MethodInfo FieldsMethod = Method(nameof(InputConversions.Fields));
    private static readonly MethodInfo TryGetValueMethod =
        typeof(IReadOnlyDictionary<string, object?>).GetMethod(nameof(IReadOnlyDictionary<string, object?>.TryGetValue))!;

    private readonly Dictionary<(Type, IInputType), object> _converters = [];
    private readonly Dictionary<Type, object> _enumNames = [];

    /// <summary>Input shapes of code-first input types, so converters bind exactly the members the fields came from.</summary>
    public Dictionary<InputObjectType, InputShape> Shapes { get; } = [];

    /// <summary>Whether <paramref name="type"/> is a list type that can be built from a list value.</summary>
    public static bool IsConstructibleList(Type type)
    {
        if (type.IsSZArray)
        {
            return true;
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(HashSet<>) || definition == typeof(IEnumerable<>) ||
            definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyList<>) ||
            definition == typeof(IReadOnlyCollection<>) || definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>);
    }

    /// <summary>An expression converting <paramref name="value"/> (an <c>object?</c>) to <paramref name="target"/>.</summary>
    /// <param name="name">The argument or input field, named in conversion errors.</param>
    public Expression Convert(Expression value, Type target, IInputType type, string name)
    {
        if (target == typeof(object))
        {
            return value;
        }

        if (Nullable.GetUnderlyingType(target) is { } underlying)
        {
            return Expression.Condition(
                Expression.Equal(value, Expression.Constant(null)),
                Expression.Default(target),
                Expression.Convert(Convert(value, underlying, type, name), target));
        }

        switch (type.NullableType())
        {
            case ListType list when ClrTypeReference.GetElementType(target) is { } elementType:
                var factory = target.IsSZArray ? ToArrayMethod
                    : target.IsGenericType && target.GetGenericTypeDefinition() is var definition &&
                      (definition == typeof(HashSet<>) || definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>)) ? ToHashSetMethod
                    : ToListMethod;
                var item = ConverterDelegate(elementType, (IInputType)list.OfType, name);
                return Expression.Convert(Expression.Call(factory.MakeGenericMethod(elementType), value, Expression.Constant(item)), target);
            case InputObjectType inputObject when !target.IsEnum && target != typeof(string):
                var box = InputObjectBox(target, inputObject, name);
                return Expression.Invoke(Expression.Field(Expression.Constant(box), "Value"), value);
            case EnumType when target.IsEnum:
                return Expression.Call(EnumMethod.MakeGenericMethod(target), value, Expression.Constant(EnumNames(target)), Expression.Constant(name));
            default:
                return Expression.Call(ScalarMethod.MakeGenericMethod(target), value, Expression.Constant(name));
        }
    }

    /// <summary>The names of a CLR enum's members as GraphQL may give them: its GraphQL name, UPPER_SNAKE, and as written.</summary>
    public object EnumNames(Type enumType)
    {
        if (_enumNames.TryGetValue(enumType, out var existing))
        {
            return existing;
        }

        var names = typeof(InputConverters).GetMethod(nameof(CreateEnumNames), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(enumType).Invoke(null, null)!;
        _enumNames.Add(enumType, names);
        return names;
    }

    private static FrozenDictionary<string, TEnum> CreateEnumNames<TEnum>()
        where TEnum : struct, Enum
    {
        var names = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (TEnum)field.GetValue(null)!;
            names.TryAdd(ReflectionMembers.GraphQLName(field) ?? Naming.ToUpperSnakeCase(field.Name), value);
            names.TryAdd(Naming.ToUpperSnakeCase(field.Name), value);
            names.TryAdd(field.Name, value);
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static MethodInfo Method(string name) =>
        typeof(InputConversions).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;

    /// <summary>A compiled <c>Func&lt;object?, T&gt;</c> for list items.</summary>
    private Delegate ConverterDelegate(Type target, IInputType type, string name)
    {
        var key = (target, type);
        if (_converters.TryGetValue(key, out var existing))
        {
            return (Delegate)existing;
        }

        var value = Expression.Parameter(typeof(object), "value");
        var compiled = Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(object), target), Convert(value, target, type, name), value).Compile();
        _converters[key] = compiled;
        return compiled;
    }

    /// <summary>
    /// The converter of an input object to <paramref name="target"/>, in a box filled after it is registered, so a type
    /// that contains itself (<c>input Filter { and: [Filter!] }</c>) refers to its own converter.
    /// </summary>
    private object InputObjectBox(Type target, InputObjectType type, string name)
    {
        var key = (target, (IInputType)type);
        if (_converters.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var box = Activator.CreateInstance(typeof(ConverterBox<>).MakeGenericType(target))!;
        _converters[key] = box;
        var value = Expression.Parameter(typeof(object), "value");
        var body = BuildInputObject(value, target, type, name);
        var compiled = Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(object), target), body, value).Compile();
        box.GetType().GetField("Value")!.SetValue(box, compiled);
        return box;
    }

    /// <summary>
    /// <c>value == null ? default : value is T ? (T)value : new T(ctor fields…) { settable fields… }</c>: a field that is
    /// absent leaves its property as the constructor set it and passes a constructor parameter its C# default.
    /// </summary>
    private ConditionalExpression BuildInputObject(ParameterExpression value, Type target, InputObjectType type, string name)
    {
        var shape = Shapes.TryGetValue(type, out var known) && known.ClrType == target
            ? known
            : InputShape.Describe(target, nullability)
                ?? throw new InvalidOperationException(CodeFirstErrors.NoInputConstructor(name, target));
        var fields = Expression.Variable(typeof(IReadOnlyDictionary<string, object?>), "fields");
        var item = Expression.Variable(typeof(object), "item");
        var instance = Expression.Variable(target, "instance");

        var constructorArguments = new List<Expression>();
        foreach (var parameter in shape.Constructor?.GetParameters() ?? [])
        {
            var member = shape.Members.FirstOrDefault(candidate => candidate.Parameter == parameter);
            var field = member is null || member.IsIgnored ? null : FindField(type, member);
            var fallback = parameter.HasDefaultValue && parameter.DefaultValue is not null and not DBNull
                ? Expression.Convert(Expression.Constant(parameter.DefaultValue), parameter.ParameterType)
                : (Expression)Expression.Default(parameter.ParameterType);
            constructorArguments.Add(field is null
                ? fallback
                : Expression.Condition(
                    Expression.Call(fields, TryGetValueMethod, Expression.Constant(field.Name), item),
                    Convert(item, parameter.ParameterType, field.Type, field.Coordinate),
                    fallback));
        }

        var body = new List<Expression>
        {
            Expression.Assign(fields, Expression.Call(FieldsMethod, value, Expression.Constant(target), Expression.Constant(name))),
            Expression.Assign(instance, shape.Constructor is null ? Expression.Default(target) : Expression.New(shape.Constructor, constructorArguments)),
        };
        foreach (var member in shape.Members)
        {
            if (member.Parameter is not null || member.IsIgnored || FindField(type, member) is not { } field)
            {
                continue;
            }

            body.Add(Expression.IfThen(
                Expression.Call(fields, TryGetValueMethod, Expression.Constant(field.Name), item),
                Expression.Assign(Expression.Property(instance, member.Property), Convert(item, member.Property.PropertyType, field.Type, field.Coordinate))));
        }

        body.Add(instance);
        var build = Expression.Block([fields, item, instance], body);
        return Expression.Condition(
            Expression.Equal(value, Expression.Constant(null)),
            Expression.Default(target),
            Expression.Condition(Expression.TypeIs(value, target), Expression.Convert(value, target), build));
    }

    /// <summary>The input field a member binds to: the one of its GraphQL name, else one named like it in any case.</summary>
    private static InputValueDefinition? FindField(InputObjectType type, InputMember member) =>
        type.GetField(member.Name) ??
        type.Fields.FirstOrDefault(field => string.Equals(field.Name, member.ClrName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Holds a converter that may be used before it is compiled (by itself, for recursive input types).</summary>
    private sealed class ConverterBox<T>
    {
        public Func<object?, T> Value = null!;
    }
}
