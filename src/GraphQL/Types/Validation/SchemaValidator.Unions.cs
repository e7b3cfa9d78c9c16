namespace GraphQL.Types;

/// <summary><see href="https://spec.graphql.org/September2025/#sec-Unions.Type-Validation">§3.8 Unions, Type Validation</see>.</summary>
internal sealed partial class SchemaValidator
{
    /// <summary>One or more members, each an object type (ensured by <see cref="UnionType.AddType"/>), each listed once.</summary>
    private void ValidateUnion(UnionType union)
    {
        if (union.Types.Count == 0 && !union.HasDroppedMembers)
        {
            _errors.Add(SchemaErrors.UnionWithoutMembers(union.Name));
            return;
        }

        var seen = new HashSet<ObjectType>(ReferenceEqualityComparer.Instance);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member))
            {
                _errors.Add(SchemaErrors.UnionMemberTwice(union.Name, member.Name));
            }
        }
    }
}
