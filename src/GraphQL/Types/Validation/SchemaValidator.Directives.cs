using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Directive definitions (<see href="https://spec.graphql.org/September2025/#sec-Type-System.Directives.Validation">§3.13 Directives, Validation</see>)
/// and the directives applied to schema elements (known, allowed at the location, not repeated unless repeatable).
/// </summary>
internal sealed partial class SchemaValidator
{
    private void ValidateDirectiveDefinitions()
    {
        foreach (var directive in _schema.DirectiveDefinitions)
        {
            if (directive.IsBuiltIn)
            {
                continue;
            }

            ValidateName(directive.Name, directive.Coordinate);
            if (directive.Locations.Count == 0)
            {
                _errors.Add(SchemaErrors.DirectiveWithoutLocations(directive.Name));
            }

            ValidateArguments(directive.Arguments);
            ValidateNoSelfReference(directive);
        }
    }

    /// <summary>
    /// "A directive definition must not contain the use of a directive which references itself directly": checked on the
    /// directive's own arguments and, through their input types, on the types, fields and values those reach.
    /// </summary>
    private void ValidateNoSelfReference(DirectiveDefinition directive)
    {
        var visited = new HashSet<INamedType>(ReferenceEqualityComparer.Instance);
        foreach (var argument in directive.Arguments)
        {
            string? via = null;
            if (Uses(argument, directive.Name))
            {
                via = argument.Coordinate;
            }
            else if (ReachesUse(argument.Type.NamedType(), directive.Name, visited, out var reached))
            {
                via = reached;
            }

            if (via is not null)
            {
                _errors.Add(SchemaErrors.DirectiveReferencesItself(directive.Name, via));
                return;
            }
        }
    }

    private static bool ReachesUse(INamedType type, string directiveName, HashSet<INamedType> visited, out string? via)
    {
        via = null;
        if (!visited.Add(type))
        {
            return false;
        }

        if (Uses((SchemaElement)type, directiveName))
        {
            via = type.Name;
            return true;
        }

        switch (type)
        {
            case EnumType enumType:
                foreach (var value in enumType.Values)
                {
                    if (Uses(value, directiveName))
                    {
                        via = value.Coordinate;
                        return true;
                    }
                }

                break;
            case InputObjectType inputObject:
                foreach (var field in inputObject.Fields)
                {
                    if (Uses(field, directiveName))
                    {
                        via = field.Coordinate;
                        return true;
                    }

                    if (ReachesUse(field.Type.NamedType(), directiveName, visited, out via))
                    {
                        return true;
                    }
                }

                break;
        }

        return false;
    }

    private static bool Uses(SchemaElement element, string directiveName) => element.GetDirective(directiveName) is not null;

    /// <summary>Each applied directive is defined, allowed at <paramref name="location"/>, and used once unless repeatable.</summary>
    private void ValidateAppliedDirectives(SchemaElement element, DirectiveLocation location, string coordinate)
    {
        var directives = element.Directives;
        for (var i = 0; i < directives.Count; i++)
        {
            var applied = directives[i];
            var definition = _schema.GetDirectiveDefinition(applied.Name);
            if (definition is null)
            {
                _errors.Add(SchemaErrors.UnknownDirective(applied.Name, coordinate));
                continue;
            }

            if (!definition.HasLocation(location))
            {
                _errors.Add(SchemaErrors.MisplacedDirective(applied.Name, DirectiveLocationNames.GetName(location), coordinate));
            }

            if (!definition.IsRepeatable && IsRepeatedBefore(directives, i))
            {
                _errors.Add(SchemaErrors.RepeatedDirective(applied.Name, coordinate));
            }
        }
    }

    private static bool IsRepeatedBefore(IReadOnlyList<AppliedDirective> directives, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (directives[j].Name == directives[index].Name)
            {
                // Reported once, at the second use.
                for (var k = j + 1; k < index; k++)
                {
                    if (directives[k].Name == directives[index].Name)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }
}
