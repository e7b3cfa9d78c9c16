using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// Input coercion of whole values against any input type, wrapping types and input objects included
/// (<see href="https://spec.graphql.org/September2025/#sec-Input-Objects.Input-Coercion">§3.10 Input Coercion</see>,
/// <see href="https://spec.graphql.org/September2025/#sec-List.Input-Coercion">§3.11</see>,
/// <see href="https://spec.graphql.org/September2025/#sec-Non-Null.Input-Coercion">§3.12</see>,
/// <see href="https://spec.graphql.org/September2025/#sec-Coercing-Variable-Values">§6.1.2 Coercing Variable Values</see>,
/// <see href="https://spec.graphql.org/September2025/#sec-Coercing-Field-Arguments">§6.4.1 Coercing Field Arguments</see>),
/// and the reverse, <see cref="ValueToLiteral"/>.
/// </summary>
/// <remarks>
/// Coerced values: scalars and enums give their internal values, lists <c>object?[]</c>, input objects
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/> of field name to value (with defaults filled in and absent
/// optional fields left out). Errors name the path inside the value, and every error found is reported.
/// </remarks>
public static partial class ValueCoercion
{
    /// <summary>Errors beyond this many in one value are dropped: one bad value in a huge list should not produce a huge response.</summary>
    public const int MaxErrors = 50;

    /// <summary>Coerces an external input value (see <see cref="ScalarType"/> for its form), such as a variable's value.</summary>
    /// <exception cref="GraphQLCoercionException">The value does not fit the type; <see cref="GraphQLCoercionException.Errors"/> lists why.</exception>
    public static object? CoerceInputValue(object? value, IInputType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var context = default(CoercionContext);
        var result = CoerceValue(value, type, ref context);
        return context.Errors is null ? result : throw new GraphQLCoercionException(context.Errors);
    }

    /// <summary>Coerces an external input value, returning the errors instead of throwing.</summary>
    public static bool TryCoerceInputValue(object? value, IInputType type, out object? result, out IReadOnlyList<InputCoercionError> errors)
    {
        ArgumentNullException.ThrowIfNull(type);
        var context = default(CoercionContext);
        result = CoerceValue(value, type, ref context);
        errors = context.Errors ?? (IReadOnlyList<InputCoercionError>)[];
        return context.Errors is null;
    }

    /// <summary>
    /// Coerces a literal from a document, such as an argument value or a default value. Variables in it take their
    /// values from <paramref name="variables"/>, which holds coerced variable values. A variable without a value makes an
    /// input object field absent and a list item null; at the top it counts as null (callers implementing §6.4.1 handle a
    /// top-level variable themselves, since an absent argument takes its default value).
    /// </summary>
    /// <exception cref="GraphQLCoercionException">The literal does not fit the type.</exception>
    public static object? CoerceInputLiteral(ValueNode literal, IInputType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        var context = new CoercionContext { Variables = variables };
        var result = CoerceLiteral(literal, type, type, ref context);
        return context.Errors is null ? Defined(result) : throw new GraphQLCoercionException(context.Errors);
    }

    /// <summary>Coerces a literal, returning the errors instead of throwing.</summary>
    public static bool TryCoerceInputLiteral(
        ValueNode literal,
        IInputType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? result,
        out IReadOnlyList<InputCoercionError> errors)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        var context = new CoercionContext { Variables = variables };
        result = Defined(CoerceLiteral(literal, type, type, ref context));
        errors = context.Errors ?? (IReadOnlyList<InputCoercionError>)[];
        return context.Errors is null;
    }

    private static object? Defined(object? value) => ReferenceEquals(value, Undefined) ? null : value;

    /// <summary>The path into the value and the errors so far; a struct passed by reference so valid values allocate nothing extra.</summary>
    private struct CoercionContext
    {
        public IReadOnlyDictionary<string, object?>? Variables;
        public List<InputCoercionError>? Errors;
        private List<PathSegment>? _path;

        public void Push(string fieldName) => (_path ??= []).Add(new PathSegment(fieldName, 0));

        public void Push(int index) => (_path ??= []).Add(new PathSegment(null, index));

        public readonly void Pop() => _path!.RemoveAt(_path.Count - 1);

        public void AddError(string reason, ValueNode? node = null)
        {
            Errors ??= [];
            if (Errors.Count >= MaxErrors)
            {
                return;
            }

            object[] path;
            if (_path is null || _path.Count == 0)
            {
                path = [];
            }
            else
            {
                path = new object[_path.Count];
                for (var i = 0; i < path.Length; i++)
                {
                    path[i] = _path[i].Name ?? (object)_path[i].Index;
                }
            }

            Errors.Add(new InputCoercionError(reason, path, node));
        }
    }

    private readonly record struct PathSegment(string? Name, int Index);
}
