namespace GraphQL.Types.CodeFirst;

/// <summary>
/// The messages of <see cref="CodeFirstSchemaBuilder.Build"/>, written once. Each starts with the CLR member and, in
/// parentheses, the GraphQL element it was to become: <c>Playbook.Steps (Playbook.steps): …</c>.
/// </summary>
internal static class CodeFirstErrors
{
    public static string CannotMapOutput(string site, Type type) =>
        $"{site}: cannot map {Naming.Display(type)} to a GraphQL output type.";

    public static string CannotMapInput(string site, Type type) =>
        $"{site}: cannot map {Naming.Display(type)} to a GraphQL input type.";

    public static string UnregisteredInterface(string site, Type type) =>
        $"{site}: cannot map the interface {Naming.Display(type)} to a GraphQL output type; register it with AddInterface or AddUnion.";

    public static string UnboundParameter(string site, Type type) =>
        $"{site}: cannot map {Naming.Display(type)} to a GraphQL input type; if it is a service, mark the parameter [Service] or include its type in IsService.";

    public static string NoInputConstructor(string site, Type type) =>
        $"{site}: cannot map {Naming.Display(type)} to a GraphQL input type: it needs a public constructor whose parameters are named like its properties, or a parameterless one.";

    public static string NoValue(string site, Type returnType) =>
        $"{site}: returns {Naming.Display(returnType)}, which has no value for a field.";

    public static string DuplicateField(string site, string fieldName, string otherSite) =>
        $"{site}: the field name \"{fieldName}\" is already used by {otherSite}.";

    public static string DuplicateArgument(string site, string argumentName) =>
        $"{site}: the argument name \"{argumentName}\" is used twice.";

    public static string DuplicateTypeName(string site, string typeName, string otherSite) =>
        $"{site}: the GraphQL type name \"{typeName}\" is already used by {otherSite}.";

    public static string InvalidName(string site, string name) =>
        $"{site}: \"{name}\" is not a valid GraphQL name.";

    public static string InvalidScalarType(string site, Type type) =>
        $"{site}: {Naming.Display(type)} is not a ScalarType class with a public parameterless constructor.";

    public static string UnknownTypeName(string site, string typeName) =>
        $"{site}: the GraphQL type \"{typeName}\" is not a type of the code-first schema.";

    public static string WrongKind(string site, string typeName, string expected) =>
        $"{site}: the GraphQL type \"{typeName}\" is not {expected}.";

    public static string NotAnInterface(Type type) =>
        $"{Naming.ShortDisplay(type)}: AddInterface needs a C# interface or an abstract class.";

    public static string InterfaceAsObject(Type type) =>
        $"{Naming.ShortDisplay(type)}: is a C# interface; add it with AddInterface, or its implementations with AddType.";

    public static string NotAUnionMember(Type member, string unionName) =>
        $"{Naming.ShortDisplay(member)} ({unionName}): a union member must map to an object type.";

    public static string NotAssignableToMarker(Type member, Type marker, string unionName) =>
        $"{Naming.ShortDisplay(member)} ({unionName}): does not derive from or implement {Naming.ShortDisplay(marker)}.";

    public static string MissingExtensionAttribute(Type extension) =>
        $"{Naming.ShortDisplay(extension)}: a type extension needs [ExtendObjectType(\"TypeName\")] or [ExtendObjectType(typeof(T))].";

    public static string UnknownExtensionTarget(Type extension, string typeName) =>
        $"{Naming.ShortDisplay(extension)}: extends \"{typeName}\", which is neither a code-first object type nor an object type of the SDL.";

    public static string ExtensionTargetNotObject(Type extension, string typeName) =>
        $"{Naming.ShortDisplay(extension)}: extends \"{typeName}\", which is not an object type.";

    public static string ResolverNeedsInstance(string site, Type type, string reason) =>
        $"{site}: cannot create {Naming.Display(type)} to run the resolver: {reason}";

    public static string UnusedConfiguration(Type type) =>
        $"{Naming.ShortDisplay(type)}: ConfigureObject was called, but the type is not an object type of the schema.";

    public static string UnknownConfiguredMember(Type type, string member) =>
        $"{Naming.ShortDisplay(type)}.{member}: ConfigureObject names a member that is not a field of the type (or is ignored).";

    public static string UnsupportedMemberExpression(Type type, string expression) =>
        $"{Naming.ShortDisplay(type)}: ConfigureObject needs a property or method access such as x => x.Name, not {expression}.";

    public static string MissingBindingTarget(Type resolvers) =>
        $"{Naming.ShortDisplay(resolvers)}: BindResolvers needs [GraphQLType(\"TypeName\")] on the class or a type name.";

    public static string SdlFieldNotFound(string site, string typeName, string fieldName) =>
        $"{site}: the type {typeName} has no field \"{fieldName}\" to bind.";

    public static string SdlArgumentNotFound(string site, string coordinate, string argumentName) =>
        $"{site}: the field {coordinate} has no argument \"{argumentName}\".";

    public static string SdlEnumValueNotFound(string coordinate, Type enumType) =>
        $"{coordinate}: no member of {Naming.Display(enumType)} is named like this enum value.";

    public static string SubscribeSourceNotFound(string site, string methodName) =>
        $"{site}: [Subscribe] names \"{methodName}\", which is not one public method of the class.";

    public static string NotAStream(string site, Type returnType) =>
        $"{site}: a source stream must return IAsyncEnumerable<T>, not {Naming.Display(returnType)}.";

    public static string ConflictingArgument(string site, string argumentName) =>
        $"{site}: the argument \"{argumentName}\" is declared by both the source stream and the event resolver with different types.";
}
