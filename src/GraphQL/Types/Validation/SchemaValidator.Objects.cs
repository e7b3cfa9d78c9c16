using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Type validation of objects and interfaces: fields, arguments and interface implementation
/// (<see href="https://spec.graphql.org/September2025/#sec-Objects.Type-Validation">§3.6 Objects, Type Validation</see>,
/// <see href="https://spec.graphql.org/September2025/#sec-Interfaces.Type-Validation">§3.7 Interfaces, Type Validation</see>,
/// <see href="https://spec.graphql.org/September2025/#IsValidImplementation()">IsValidImplementation()</see>).
/// </summary>
internal sealed partial class SchemaValidator
{
    /// <summary>At least one field; each with a non-reserved name, an output type and valid arguments.</summary>
    private void ValidateFields(ComplexType type)
    {
        if (type.Fields.Count == 0 && !type.HasDroppedMembers)
        {
            _errors.Add(SchemaErrors.NoFields(type.Name));
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.Coordinate);
            ValidateAppliedDirectives(field, DirectiveLocation.FieldDefinition, field.Coordinate);
            if (!field.Type.IsOutputType())
            {
                _errors.Add(SchemaErrors.FieldTypeNotOutput(field.Coordinate, field.Type.ToString()!));
            }

            ValidateArguments(field.Arguments);
        }
    }

    /// <summary>Each declared interface once, not itself, with its own interfaces declared too, and validly implemented.</summary>
    private void ValidateInterfaces(ComplexType type)
    {
        var seen = new HashSet<InterfaceType>(ReferenceEqualityComparer.Instance);
        foreach (var implemented in type.Interfaces)
        {
            if (ReferenceEquals(implemented, type))
            {
                _errors.Add(SchemaErrors.ImplementsSelfOrCycle(type.Name, implemented.Name));
                continue;
            }

            if (!seen.Add(implemented))
            {
                _errors.Add(SchemaErrors.ImplementsTwice(type.Name, implemented.Name));
                continue;
            }

            if (!ValidateTransitiveInterfaces(type, implemented))
            {
                continue;
            }

            ValidateImplementation(type, implemented);
        }
    }

    /// <summary>Interfaces of an implemented interface must be declared too; finding the type itself among them means a cycle.</summary>
    private bool ValidateTransitiveInterfaces(ComplexType type, InterfaceType implemented)
    {
        var valid = true;
        foreach (var transitive in implemented.Interfaces)
        {
            if (ReferenceEquals(transitive, type))
            {
                _errors.Add(SchemaErrors.ImplementsSelfOrCycle(type.Name, implemented.Name));
                valid = false;
            }
            else if (!type.Implements(transitive))
            {
                _errors.Add(SchemaErrors.MissingTransitiveInterface(type.Name, transitive.Name, implemented.Name));
                valid = false;
            }
        }

        return valid;
    }

    /// <summary>
    /// Every interface field is provided with a covariant type, the same arguments with equal types, and no extra
    /// required argument.
    /// </summary>
    private void ValidateImplementation(ComplexType type, InterfaceType implemented)
    {
        foreach (var interfaceField in implemented.Fields)
        {
            var field = type.GetField(interfaceField.Name);
            if (field is null)
            {
                _errors.Add(SchemaErrors.InterfaceFieldMissing(implemented.Name, interfaceField.Name, type.Name));
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(_schema, field.Type, interfaceField.Type))
            {
                _errors.Add(SchemaErrors.InterfaceFieldType(
                    implemented.Name, interfaceField.Name, interfaceField.Type.ToString()!, type.Name, field.Type.ToString()!));
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var argument = field.GetArgument(interfaceArgument.Name);
                if (argument is null)
                {
                    _errors.Add(SchemaErrors.InterfaceArgumentMissing(implemented.Name, field.Name, interfaceArgument.Name, type.Name));
                }
                else if (!TypeComparators.IsEqualType(interfaceArgument.Type, argument.Type))
                {
                    _errors.Add(SchemaErrors.InterfaceArgumentType(
                        implemented.Name, field.Name, argument.Name, interfaceArgument.Type.ToString()!, type.Name, argument.Type.ToString()!));
                }
            }

            foreach (var argument in field.Arguments)
            {
                if (argument.IsRequired && interfaceField.GetArgument(argument.Name) is null)
                {
                    _errors.Add(SchemaErrors.ExtraRequiredArgument(type.Name, field.Name, argument.Name, argument.Type.ToString()!, implemented.Name));
                }
            }
        }
    }
}
