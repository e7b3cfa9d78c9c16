namespace GraphQL.Types;

/// <summary><see href="https://spec.graphql.org/September2025/#sec-Root-Operation-Types">§3.3.1 Root Operation Types</see>.</summary>
internal sealed partial class SchemaValidator
{
    /// <summary>A query root type must exist; the root types, when given, must all be different types.</summary>
    private void ValidateRootTypes()
    {
        if (_schema.QueryType is null)
        {
            _errors.Add(SchemaErrors.QueryRootTypeMissing());
        }

        var roots = new (string Operation, ObjectType? Type)[]
        {
            ("query", _schema.QueryType),
            ("mutation", _schema.MutationType),
            ("subscription", _schema.SubscriptionType),
        };

        for (var i = 0; i < roots.Length; i++)
        {
            if (roots[i].Type is not { } type)
            {
                continue;
            }

            var sharing = new List<string> { roots[i].Operation };
            var firstUse = true;
            for (var j = 0; j < roots.Length; j++)
            {
                if (j == i || !ReferenceEquals(roots[j].Type, type))
                {
                    continue;
                }

                if (j < i)
                {
                    firstUse = false;
                    break;
                }

                sharing.Add(roots[j].Operation);
            }

            if (firstUse && sharing.Count > 1)
            {
                _errors.Add(SchemaErrors.RootTypesNotDistinct(type.Name, string.Join(" and ", sharing)));
            }
        }
    }
}
