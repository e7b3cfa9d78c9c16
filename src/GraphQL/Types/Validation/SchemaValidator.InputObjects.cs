using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// <see href="https://spec.graphql.org/September2025/#sec-Input-Objects.Type-Validation">§3.10 Input Objects, Type Validation</see>,
/// including the OneOf rules (<see href="https://spec.graphql.org/September2025/#sec-OneOf-Input-Objects">OneOf Input Objects</see>).
/// </summary>
internal sealed partial class SchemaValidator
{
    private HashSet<InputObjectType>? _cycleChecked;

    /// <summary>
    /// One or more fields, each with a non-reserved name and an input type; required fields not deprecated; for a OneOf
    /// input object every field nullable without a default; no cycle of non-null singular fields.
    /// </summary>
    private void ValidateInputObject(InputObjectType type)
    {
        if (type.Fields.Count == 0 && !type.HasDroppedMembers)
        {
            _errors.Add(SchemaErrors.InputObjectWithoutFields(type.Name));
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.Coordinate);
            ValidateAppliedDirectives(field, DirectiveLocation.InputFieldDefinition, field.Coordinate);
            if (!ValidateInputValueType(field))
            {
                continue;
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                _errors.Add(SchemaErrors.RequiredInputFieldDeprecated(field.Coordinate));
            }

            if (type.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    _errors.Add(SchemaErrors.OneOfFieldNonNull(field.Coordinate));
                }

                if (field.HasDefaultValue)
                {
                    _errors.Add(SchemaErrors.OneOfFieldDefault(field.Coordinate));
                }
            }

            ValidateDefaultValue(field);
        }

        ValidateNoNonNullCycle(type);
    }

    /// <summary>
    /// "If an Input Object references itself either directly or through referenced Input Objects, at least one of the
    /// fields in the chain of references must be either a nullable or a List type": otherwise no finite value exists.
    /// Each cycle is reported once, from the first type of it that is checked.
    /// </summary>
    private void ValidateNoNonNullCycle(InputObjectType root)
    {
        _cycleChecked ??= new HashSet<InputObjectType>(ReferenceEqualityComparer.Instance);
        if (_cycleChecked.Contains(root))
        {
            return;
        }

        var path = new List<InputValueDefinition>();
        var pathIndex = new Dictionary<InputObjectType, int>(ReferenceEqualityComparer.Instance);
        Visit(root);

        void Visit(InputObjectType type)
        {
            if (!_cycleChecked.Add(type))
            {
                return;
            }

            pathIndex[type] = path.Count;
            foreach (var field in type.Fields)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
                {
                    continue;
                }

                path.Add(field);
                if (pathIndex.TryGetValue(fieldType, out var cycleStart))
                {
                    var names = new List<string>(path.Count - cycleStart);
                    for (var i = cycleStart; i < path.Count; i++)
                    {
                        names.Add(path[i].Name);
                    }

                    _errors.Add(SchemaErrors.InputObjectCycle(fieldType.Name, string.Join('.', names)));
                }
                else
                {
                    Visit(fieldType);
                }

                path.RemoveAt(path.Count - 1);
            }

            pathIndex.Remove(type);
        }
    }
}
