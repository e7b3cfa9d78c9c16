namespace GraphQL.Types;

/// <summary>
/// Every message schema building and validation report, written once. Wording follows graphql-js where it has one.
/// </summary>
internal static class SchemaErrors
{
    // §2.1.9.1 Reserved Names
    public static string ReservedName(string name, string? coordinate = null) => coordinate is null || coordinate == name
        ? $"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection."
        : $"Name \"{name}\" of {coordinate} must not begin with \"__\", which is reserved by GraphQL introspection.";

    // §3.3 Schema
    public static string QueryRootTypeMissing() => "Query root type must be provided.";

    public static string RootTypeNotObject(string operation, string typeName) =>
        $"{Capitalize(operation)} root type must be Object type, it cannot be {typeName}.";

    public static string RootTypesNotDistinct(string typeName, string operations) =>
        $"All root types must be different, \"{typeName}\" type is used as {operations} root types.";

    public static string DuplicateSchemaDefinition() => "Must provide only one schema definition.";

    public static string DuplicateRootOperation(string operation) => $"There can be only one {operation} type in schema.";

    // Type names and references
    public static string DuplicateType(string name) => $"There can be only one type named \"{name}\".";

    public static string NonUniqueTypeInstances(string name) =>
        $"Schema must contain uniquely named types but contains multiple types named \"{name}\".";

    public static string UnknownType(string name, string coordinate) => $"Unknown type \"{name}\" referenced by {coordinate}.";

    public static string BuiltInScalarRedefined(string name) => $"Built-in scalar \"{name}\" cannot be redefined or extended.";

    // Extensions (§3.1 Type System Extensions)
    public static string ExtensionOfUndefinedType(string name) => $"Cannot extend type \"{name}\" because it is not defined.";

    public static string ExtensionOfWrongKind(string name, string kind) => $"Cannot extend non-{kind} type \"{name}\".";

    public static string FrozenTypeChanged(string name) =>
        $"Type \"{name}\" belongs to a built schema; SDL cannot add to it.";

    public static string UnknownConfiguredType(string name, string kind) => $"Cannot configure type \"{name}\": no {kind} type has that name.";

    // Objects and interfaces (§3.6, §3.7)
    public static string NoFields(string typeName) => $"Type {typeName} must define one or more fields.";

    public static string DuplicateField(string coordinate) => $"Field \"{coordinate}\" can only be defined once.";

    public static string DuplicateArgument(string coordinate) => $"Argument \"{coordinate}\" can only be defined once.";

    public static string FieldTypeNotOutput(string coordinate, string type) => $"The type of {coordinate} must be Output Type but got: {type}.";

    public static string InputValueTypeNotInput(string coordinate, string type) => $"The type of {coordinate} must be Input Type but got: {type}.";

    public static string RequiredArgumentDeprecated(string coordinate) => $"Required argument {coordinate} cannot be deprecated.";

    public static string ImplementsNonInterface(string typeName, string other) =>
        $"Type {typeName} must only implement Interface types, it cannot implement {other}.";

    public static string ImplementsTwice(string typeName, string interfaceName) => $"Type {typeName} can only implement {interfaceName} once.";

    public static string ImplementsSelfOrCycle(string typeName, string interfaceName) => typeName == interfaceName
        ? $"Type {typeName} cannot implement itself because it would create a circular reference."
        : $"Type {typeName} cannot implement {interfaceName} because it would create a circular reference.";

    public static string MissingTransitiveInterface(string typeName, string missing, string via) =>
        $"Type {typeName} must implement {missing} because it is implemented by {via}.";

    public static string InterfaceFieldMissing(string interfaceName, string fieldName, string typeName) =>
        $"Interface field {interfaceName}.{fieldName} expected but {typeName} does not provide it.";

    public static string InterfaceFieldType(string interfaceName, string fieldName, string expected, string typeName, string actual) =>
        $"Interface field {interfaceName}.{fieldName} expects type {expected} but {typeName}.{fieldName} is type {actual}.";

    public static string InterfaceArgumentMissing(string interfaceName, string fieldName, string argumentName, string typeName) =>
        $"Interface field argument {interfaceName}.{fieldName}({argumentName}:) expected but {typeName}.{fieldName} does not provide it.";

    public static string InterfaceArgumentType(string interfaceName, string fieldName, string argumentName, string expected, string typeName, string actual) =>
        $"Interface field argument {interfaceName}.{fieldName}({argumentName}:) expects type {expected} but {typeName}.{fieldName}({argumentName}:) is type {actual}.";

    public static string ExtraRequiredArgument(string typeName, string fieldName, string argumentName, string type, string interfaceName) =>
        $"Argument {typeName}.{fieldName}({argumentName}:) must not be required type {type} if not provided by the Interface field {interfaceName}.{fieldName}.";

    // Unions (§3.8)
    public static string UnionWithoutMembers(string unionName) => $"Union type {unionName} must define one or more member types.";

    public static string UnionMemberTwice(string unionName, string member) => $"Union type {unionName} can only include type {member} once.";

    public static string UnionMemberNotObject(string unionName, string member) =>
        $"Union type {unionName} can only include Object types, it cannot include {member}.";

    // Enums (§3.9)
    public static string EnumWithoutValues(string enumName) => $"Enum type {enumName} must define one or more values.";

    public static string EnumValueReserved(string enumName, string value) => $"Enum type {enumName} cannot include value: {value}.";

    public static string DuplicateEnumValue(string coordinate) => $"Enum value \"{coordinate}\" can only be defined once.";

    // Input objects (§3.10)
    public static string InputObjectWithoutFields(string typeName) => $"Input Object type {typeName} must define one or more fields.";

    public static string RequiredInputFieldDeprecated(string coordinate) => $"Required input field {coordinate} cannot be deprecated.";

    public static string InputObjectCycle(string typeName, string path) =>
        $"Cannot reference Input Object \"{typeName}\" within itself through a series of non-null fields: \"{path}\".";

    public static string OneOfFieldNonNull(string coordinate) => $"OneOf input field {coordinate} must be nullable.";

    public static string OneOfFieldDefault(string coordinate) => $"OneOf input field {coordinate} cannot have a default value.";

    public static string InvalidDefaultValue(string coordinate, string reason) => $"{coordinate} has invalid default value: {reason}";

    // Directives (§3.13)
    public static string DuplicateDirective(string name) => $"There can be only one directive named \"@{name}\".";

    public static string BuiltInDirectiveRedefined(string name) => $"Directive \"@{name}\" already exists in the schema. It cannot be redefined.";

    public static string DirectiveWithoutLocations(string name) => $"Directive @{name} must include 1 or more locations.";

    public static string UnknownDirectiveLocation(string name, string location) => $"Directive @{name} has unknown location \"{location}\".";

    public static string DirectiveReferencesItself(string name, string via) =>
        $"Directive @{name} must not reference itself directly or indirectly, but is used by {via}.";

    public static string UnknownDirective(string name, string coordinate) => $"Unknown directive \"@{name}\" on {coordinate}.";

    public static string MisplacedDirective(string name, string location, string coordinate) =>
        $"Directive \"@{name}\" may not be used on {location} ({coordinate}).";

    public static string RepeatedDirective(string name, string coordinate) =>
        $"The directive \"@{name}\" can only be used once at {coordinate}.";

    public static string UnknownDirectiveArgument(string directive, string argument, string coordinate) =>
        $"Unknown argument \"{argument}\" on directive \"@{directive}\" at {coordinate}.";

    public static string InvalidDirectiveArgument(string directive, string argument, string coordinate, string reason) =>
        $"Directive \"@{directive}\" argument \"{argument}\" at {coordinate} has invalid value: {reason}";

    public static string MissingDirectiveArgument(string directive, string argument, string type, string coordinate) =>
        $"Directive \"@{directive}\" argument \"{argument}\" of type \"{type}\" is required, but it was not provided at {coordinate}.";

    private static string Capitalize(string operation) => char.ToUpperInvariant(operation[0]) + operation[1..];
}
