using System.Collections.Concurrent;
using System.Reflection;
using GraphQL.Language.Ast;

namespace GraphQL.Validation;

/// <summary>
/// Which node kinds a visitor type handles: the kinds whose <c>EnterX</c>/<c>LeaveX</c> it overrides, or every kind
/// when it overrides <see cref="SyntaxVisitor.Enter"/>/<see cref="SyntaxVisitor.Leave"/> themselves. Lets the
/// validation walk call a rule only for the nodes it looks at — most nodes (names, values, types) concern no rule.
/// </summary>
/// <remarks>Found once per visitor type by reflection over the <c>Enter</c>/<c>Leave</c> naming convention, then cached.</remarks>
internal readonly record struct VisitorInterest(ulong EnterKinds, ulong LeaveKinds)
{
    private const BindingFlags Overridable = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly ConcurrentDictionary<Type, VisitorInterest> ByType = new();

    private static readonly SyntaxKind[] Kinds = Enum.GetValues<SyntaxKind>();

    public bool Enters(SyntaxKind kind) => (EnterKinds & (1UL << (int)kind)) != 0;

    public bool Leaves(SyntaxKind kind) => (LeaveKinds & (1UL << (int)kind)) != 0;

    public static VisitorInterest Of(SyntaxVisitor visitor) => ByType.GetOrAdd(visitor.GetType(), static type => Find(type));

    private static VisitorInterest Find(Type type)
    {
        var enter = Overrides(type, nameof(SyntaxVisitor.Enter), [typeof(SyntaxNode)]) ? ulong.MaxValue : 0;
        var leave = Overrides(type, nameof(SyntaxVisitor.Leave), [typeof(SyntaxNode)]) ? ulong.MaxValue : 0;
        foreach (var kind in Kinds)
        {
            var bit = 1UL << (int)kind;
            if (enter != ulong.MaxValue && Overrides(type, "Enter" + kind, null))
            {
                enter |= bit;
            }

            if (leave != ulong.MaxValue && Overrides(type, "Leave" + kind, null))
            {
                leave |= bit;
            }
        }

        return new VisitorInterest(enter, leave);
    }

    // A method not found counts as overridden: calling a visitor too often is safe, skipping it is not.
    private static bool Overrides(Type type, string name, Type[]? parameters)
    {
        var method = parameters is null ? FindByName(type, name) : type.GetMethod(name, Overridable, parameters);
        return method is null || method.DeclaringType != typeof(SyntaxVisitor);
    }

    private static MethodInfo? FindByName(Type type, string name)
    {
        foreach (var method in type.GetMethods(Overridable))
        {
            if (method.Name == name && method.GetParameters().Length == 1)
            {
                return method;
            }
        }

        return null;
    }
}
