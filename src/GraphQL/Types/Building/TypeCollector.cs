namespace GraphQL.Types;

/// <summary>
/// Gathers every named type of a schema: the declared ones in order, then every type they and the root types reference,
/// then the types only directive arguments use, then <c>String</c> and <c>Boolean</c>, which introspection always needs.
/// </summary>
internal sealed class TypeCollector
{
    private readonly Dictionary<string, INamedType> _byName = new(StringComparer.Ordinal);
    private readonly List<INamedType> _result = [];
    private readonly Queue<INamedType> _pending = new();
    private readonly List<string> _errors;

    private TypeCollector(List<string> errors)
    {
        _errors = errors;
    }

    public static List<INamedType> Collect(
        IReadOnlyList<INamedType> declared,
        RootTypes roots,
        IReadOnlyList<DirectiveDefinition> directives,
        List<string> errors)
    {
        var collector = new TypeCollector(errors);
        foreach (var type in declared)
        {
            collector.Add(type);
        }

        foreach (var root in (ReadOnlySpan<ObjectType?>)[roots.Query, roots.Mutation, roots.Subscription])
        {
            if (root is not null)
            {
                collector.Add(root);
            }
        }

        collector.Drain();
        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                collector.Add(argument.Type.NamedType());
            }
        }

        collector.Drain();
        collector.AddIfAbsent(Scalars.String);
        collector.AddIfAbsent(Scalars.Boolean);
        return collector._result;
    }

    private void Add(INamedType type)
    {
        if (_byName.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing, type))
            {
                _errors.Add(SchemaErrors.NonUniqueTypeInstances(type.Name));
            }

            return;
        }

        _byName.Add(type.Name, type);
        _result.Add(type);
        _pending.Enqueue(type);
    }

    private void AddIfAbsent(ScalarType scalar)
    {
        if (!_byName.ContainsKey(scalar.Name))
        {
            Add(scalar);
        }
    }

    /// <summary>Adds, breadth first, every type the types added so far reference.</summary>
    private void Drain()
    {
        while (_pending.Count > 0)
        {
            switch (_pending.Dequeue())
            {
                case ComplexType complex:
                    foreach (var implemented in complex.Interfaces)
                    {
                        Add(implemented);
                    }

                    foreach (var field in complex.Fields)
                    {
                        Add(field.Type.NamedType());
                        foreach (var argument in field.Arguments)
                        {
                            Add(argument.Type.NamedType());
                        }
                    }

                    break;
                case UnionType union:
                    foreach (var member in union.Types)
                    {
                        Add(member);
                    }

                    break;
                case InputObjectType inputObject:
                    foreach (var field in inputObject.Fields)
                    {
                        Add(field.Type.NamedType());
                    }

                    break;
            }
        }
    }
}
