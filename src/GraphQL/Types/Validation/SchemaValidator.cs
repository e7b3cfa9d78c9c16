using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Checks a schema against the "Type Validation" rules of the type system
/// (<see href="https://spec.graphql.org/September2025/#sec-Type-System">§3 Type System</see>), collecting every
/// error. Split by spec section into the <c>SchemaValidator.*.cs</c> partial files. Runs on the schema before it is
/// frozen; <see cref="SchemaBuilder.Build"/> throws <see cref="SchemaValidationException"/> when errors were found.
/// </summary>
internal sealed partial class SchemaValidator
{
    private readonly Schema _schema;
    private readonly List<string> _errors;

    private SchemaValidator(Schema schema, List<string> errors)
    {
        _schema = schema;
        _errors = errors;
    }

    /// <summary>Adds every error of <paramref name="schema"/> to <paramref name="errors"/>.</summary>
    public static void Validate(Schema schema, List<string> errors) => new SchemaValidator(schema, errors).Run();

    private void Run()
    {
        ValidateRootTypes();
        ValidateDirectiveDefinitions();
        ValidateAppliedDirectives(_schema, DirectiveLocation.Schema, "schema");
        foreach (var type in _schema.Types)
        {
            if (type is NamedTypeBase { IsIntrospection: true })
            {
                continue;
            }

            ValidateName(type.Name, null);
            ValidateAppliedDirectives((SchemaElement)type, LocationOf(type), type.Name);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType union:
                    ValidateUnion(union);
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType);
                    break;
                case InputObjectType inputObject:
                    ValidateInputObject(inputObject);
                    break;
            }
        }
    }

    /// <summary>§2.1.9.1 Reserved Names: schema-defined names must not begin with <c>__</c>.</summary>
    private void ValidateName(string name, string? coordinate)
    {
        if (NameValidation.IsReserved(name))
        {
            _errors.Add(SchemaErrors.ReservedName(name, coordinate));
        }
    }

    /// <summary>An argument of a field or directive: name, input type, deprecation, default value.</summary>
    private void ValidateArguments(DefinitionCollection<InputValueDefinition> arguments)
    {
        foreach (var argument in arguments)
        {
            ValidateName(argument.Name, argument.Coordinate);
            ValidateAppliedDirectives(argument, DirectiveLocation.ArgumentDefinition, argument.Coordinate);
            if (!ValidateInputValueType(argument))
            {
                continue;
            }

            if (argument.IsRequired && argument.IsDeprecated)
            {
                _errors.Add(SchemaErrors.RequiredArgumentDeprecated(argument.Coordinate));
            }

            ValidateDefaultValue(argument);
        }
    }

    private bool ValidateInputValueType(InputValueDefinition inputValue)
    {
        if (inputValue.Type.IsInputType())
        {
            return true;
        }

        _errors.Add(SchemaErrors.InputValueTypeNotInput(inputValue.Coordinate, inputValue.Type.ToString()!));
        return false;
    }

    /// <summary>A default value must be coercible to the type (§3.6.1 Field Arguments, §3.10 Input Objects).</summary>
    private void ValidateDefaultValue(InputValueDefinition inputValue)
    {
        if (!inputValue.HasDefaultValue)
        {
            return;
        }

        try
        {
            // Both forms are computed now, so the frozen schema never computes them lazily.
            _ = inputValue.DefaultValue;
            _ = inputValue.DefaultValueLiteral;
        }
        catch (GraphQLCoercionException exception)
        {
            _errors.Add(SchemaErrors.InvalidDefaultValue(inputValue.Coordinate, exception.Message));
        }
    }

    private static DirectiveLocation LocationOf(INamedType type) => type switch
    {
        ScalarType => DirectiveLocation.Scalar,
        ObjectType => DirectiveLocation.Object,
        InterfaceType => DirectiveLocation.Interface,
        UnionType => DirectiveLocation.Union,
        EnumType => DirectiveLocation.Enum,
        _ => DirectiveLocation.InputObject,
    };
}
