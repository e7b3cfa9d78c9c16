namespace GraphQL.Types;

/// <summary>
/// Gathers every named type of a schema: the declared ones in order, then every type they and the root types reference,
/// then the types only directive arguments use, then <c>String</c> and <c>Boolean</c>, which introspection always needs,
/// then the introspection types (§4.2), so that validation and execution find <c>__Schema</c>, <c>__Type</c>… like any type.
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
        collector.AddIntrospectionTypes();
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

    /// <summary>
    /// Adds the introspection types, unless the schema declares a type with one of their names: that schema is invalid
    /// anyway (§2.1.9.1 Reserved Names), and one error about the name says more than a clash of instances.
    /// </summary>
    private void AddIntrospectionTypes()
    {
        foreach (var type in Introspection.IntrospectionTypes.All)
        {
            if (_byName.ContainsKey(type.Name))
            {
                return;
            }
        }

        foreach (var type in Introspection.IntrospectionTypes.All)
        {
            Add(type);
        }

        Drain();
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
