using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Execution;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Data.GlobalIds;

/// <summary>
/// Decodes the global IDs of a code-first argument marked <c>[ID(nameof(Playbook))]</c> into their keys before the usual
/// conversion to the parameter's type (a key, a nullable key, or a list of keys).
/// </summary>
internal static class GlobalIdArguments
{
    private static readonly MethodInfo DecodeValueMethod = typeof(GlobalIdArguments).GetMethod(nameof(DecodeValue), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary><paramref name="value"/> itself when the argument takes no global IDs; otherwise its decoded keys.</summary>
    public static Expression Decode(Expression value, string? typeName, Type parameterType)
    {
        if (typeName is null)
        {
            return value;
        }

        var keyType = parameterType == typeof(string) ? parameterType : ClrTypeReference.GetElementType(parameterType) ?? parameterType;
        keyType = Nullable.GetUnderlyingType(keyType) ?? keyType;
        return Expression.Call(DecodeValueMethod, value, Expression.Constant(typeName), Expression.Constant(keyType));
    }

    private static object? DecodeValue(object? value, string typeName, Type keyType) => value switch
    {
        null => null,
        string id => DecodeKey(id, typeName, keyType),
        IEnumerable ids => ids.Cast<object?>().Select(id => DecodeValue(id, typeName, keyType)).ToArray(),
        _ => throw new GraphQLException(GlobalIdErrors.Malformed(value.ToString())),
    };

    private static object DecodeKey(string id, string typeName, Type keyType) =>
        keyType == typeof(Guid) ? GlobalId.DecodeKey<Guid>(id, typeName)
        : keyType == typeof(int) ? GlobalId.DecodeKey<int>(id, typeName)
        : keyType == typeof(long) ? GlobalId.DecodeKey<long>(id, typeName)
        : GlobalId.DecodeKey<string>(id, typeName);
}
