namespace GraphQL.Types;

/// <summary>
/// Gathers every named type of a schema: the declared ones in order, then every type they, the root types and the
/// directives reference, then <c>String</c> and <c>Boolean</c>, which introspection always needs.
/// </summary>
internal static class TypeCollector
{
    public static List<INamedType> Collect(
        IReadOnlyList<INamedType> declared,
        RootTypes roots,
        IReadOnlyList<DirectiveDefinition> directives,
        List<string> errors)
    {
        var byName = new Dictionary<string, INamedType>(StringComparer.Ordinal);
        var result = new List<INamedType>();
        var pending = new Queue<INamedType>();

        void Add(INamedType type)
        {
            if (byName.TryGetValue(type.Name, out var existing))
            {
                if (!ReferenceEquals(existing, type))
                {
                    errors.Add(SchemaErrors.NonUniqueTypeInstances(type.Name));
                }

                return;
            }

            byName.Add(type.Name, type);
            result.Add(type);
            pending.Enqueue(type);
        }

        foreach (var type in declared)
        {
            Add(type);
        }

        foreach (var root in (ReadOnlySpan<ObjectType?>)[roots.Query, roots.Mutation, roots.Subscription])
        {
            if (root is not null)
            {
                Add(root);
            }
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Add(argument.Type.NamedType());
            }
        }

        while (pending.Count > 0)
        {
            switch (pending.Dequeue())
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

        // Introspection's fields return String and Boolean, so they are part of every schema.
        if (!byName.ContainsKey("String"))
        {
            Add(Scalars.String);
        }

        if (!byName.ContainsKey("Boolean"))
        {
            Add(Scalars.Boolean);
        }

        return result;
    }
}
