using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary>
/// The types of the schema introspection system (<see href="https://spec.graphql.org/September2025/#sec-Schema-Introspection">§4.2</see>),
/// built once, frozen, with their resolvers, and shared by every schema: <see cref="SchemaBuilder"/> adds them to each
/// schema it builds, so <c>schema.GetType("__Type")</c> answers and validation sees them like any other type.
/// </summary>
/// <remarks>
/// The resolvers read the type system directly: a <c>__Type</c> is an <see cref="IType"/>, a <c>__Field</c> a
/// <see cref="FieldDefinition"/>, a <c>__InputValue</c> an <see cref="InputValueDefinition"/>, a <c>__EnumValue</c> an
/// <see cref="Types.EnumValue"/>, a <c>__Directive</c> a <see cref="DirectiveDefinition"/>.
/// </remarks>
public static class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        Schema = new ObjectType(
            "__Schema",
            "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.")
        { IsIntrospection = true };
        Type = new ObjectType(
            "__Type",
            "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\n" +
            "Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.")
        { IsIntrospection = true };
        Field = new ObjectType(
            "__Field",
            "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.")
        { IsIntrospection = true };
        InputValue = new ObjectType(
            "__InputValue",
            "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.")
        { IsIntrospection = true };
        EnumValue = new ObjectType(
            "__EnumValue",
            "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.")
        { IsIntrospection = true };
        Directive = new ObjectType(
            "__Directive",
            "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\n" +
            "In some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.")
        { IsIntrospection = true };
        TypeKind = CreateTypeKind();
        DirectiveLocation = CreateDirectiveLocation();

        AddSchemaFields();
        AddTypeFields();
        AddFieldFields();
        AddInputValueFields();
        AddEnumValueFields();
        AddDirectiveFields();

        All = [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];
        foreach (var type in All)
        {
            ((SchemaElement)type).Freeze();
        }
    }

    /// <summary><c>__Schema</c>.</summary>
    public static ObjectType Schema { get; }

    /// <summary><c>__Type</c>.</summary>
    public static ObjectType Type { get; }

    /// <summary><c>__Field</c>.</summary>
    public static ObjectType Field { get; }

    /// <summary><c>__InputValue</c>.</summary>
    public static ObjectType InputValue { get; }

    /// <summary><c>__EnumValue</c>.</summary>
    public static ObjectType EnumValue { get; }

    /// <summary><c>__Directive</c>.</summary>
    public static ObjectType Directive { get; }

    /// <summary><c>__TypeKind</c>; its internal values are <see cref="Types.TypeKind"/> members.</summary>
    public static EnumType TypeKind { get; }

    /// <summary><c>__DirectiveLocation</c>; its internal values are <see cref="Language.DirectiveLocation"/> members.</summary>
    public static EnumType DirectiveLocation { get; }

    /// <summary>The eight introspection types, in graphql-js's order.</summary>
    public static IReadOnlyList<INamedType> All { get; }

    /// <summary>Whether <paramref name="type"/> is one of <see cref="All"/>.</summary>
    public static bool IsIntrospectionType(INamedType type) => type is NamedTypeBase { IsIntrospection: true } && All.Contains(type);

    private static void AddSchemaFields()
    {
        Add(Schema, "description", Scalars.String, static context => context.Parent<Types.Schema>().Description);
        Add(Schema, "types", ListOfNonNull(Type), static context => context.Parent<Types.Schema>().Types, "A list of all types supported by this server.");
        Add(Schema, "queryType", new NonNullType(Type), static context => context.Parent<Types.Schema>().QueryType, "The type that query operations will be rooted at.");
        Add(Schema, "mutationType", Type, static context => context.Parent<Types.Schema>().MutationType,
            "If this server supports mutation, the type that mutation operations will be rooted at.");
        Add(Schema, "subscriptionType", Type, static context => context.Parent<Types.Schema>().SubscriptionType,
            "If this server support subscription, the type that subscription operations will be rooted at.");
        Add(Schema, "directives", ListOfNonNull(Directive), static context => context.Parent<Types.Schema>().DirectiveDefinitions,
            "A list of all directives supported by this server.");
    }

    private static void AddTypeFields()
    {
        Add(Type, "kind", new NonNullType(TypeKind), static context => context.Parent<IType>().Kind);
        Add(Type, "name", Scalars.String, static context => (context.Parent as INamedType)?.Name);
        Add(Type, "description", Scalars.String, static context => (context.Parent as INamedType)?.Description);
        Add(Type, "specifiedByURL", Scalars.String, static context => (context.Parent as ScalarType)?.SpecifiedByUrl);
        Add(Type, "fields", new ListType(new NonNullType(Field)), static context => context.Parent is ComplexType complex
                ? Visible(complex.Fields, IncludeDeprecated(context), static field => field.IsDeprecated)
                : null)
            .AddArgument(IncludeDeprecatedArgument());
        Add(Type, "interfaces", new ListType(new NonNullType(Type)), static context => (context.Parent as ComplexType)?.Interfaces);
        Add(Type, "possibleTypes", new ListType(new NonNullType(Type)), static context => context.Parent is IAbstractType abstractType
            ? context.Schema.GetPossibleTypes(abstractType)
            : null);
        Add(Type, "enumValues", new ListType(new NonNullType(EnumValue)), static context => context.Parent is EnumType enumType
                ? Visible(enumType.Values, IncludeDeprecated(context), static value => value.IsDeprecated)
                : null)
            .AddArgument(IncludeDeprecatedArgument());
        Add(Type, "inputFields", new ListType(new NonNullType(InputValue)), static context => context.Parent is InputObjectType inputObject
                ? Visible(inputObject.Fields, IncludeDeprecated(context), static field => field.IsDeprecated)
                : null)
            .AddArgument(IncludeDeprecatedArgument());
        Add(Type, "ofType", Type, static context => context.Parent switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        Add(Type, "isOneOf", Scalars.Boolean, static context => (context.Parent as InputObjectType)?.IsOneOf);
    }

    private static void AddFieldFields()
    {
        Add(Field, "name", new NonNullType(Scalars.String), static context => context.Parent<FieldDefinition>().Name);
        Add(Field, "description", Scalars.String, static context => context.Parent<FieldDefinition>().Description);
        Add(Field, "args", ListOfNonNull(InputValue), static context =>
                Visible(context.Parent<FieldDefinition>().Arguments, IncludeDeprecated(context), static argument => argument.IsDeprecated))
            .AddArgument(IncludeDeprecatedArgument());
        Add(Field, "type", new NonNullType(Type), static context => context.Parent<FieldDefinition>().Type);
        Add(Field, "isDeprecated", new NonNullType(Scalars.Boolean), static context => context.Parent<FieldDefinition>().IsDeprecated);
        Add(Field, "deprecationReason", Scalars.String, static context => context.Parent<FieldDefinition>().DeprecationReason);
    }

    private static void AddInputValueFields()
    {
        Add(InputValue, "name", new NonNullType(Scalars.String), static context => context.Parent<InputValueDefinition>().Name);
        Add(InputValue, "description", Scalars.String, static context => context.Parent<InputValueDefinition>().Description);
        Add(InputValue, "type", new NonNullType(Type), static context => context.Parent<InputValueDefinition>().Type);
        Add(InputValue, "defaultValue", Scalars.String, static context => context.Parent<InputValueDefinition>().DefaultValueLiteral is { } literal
                ? Printer.Print(literal)
                : null,
            "A GraphQL-formatted string representing the default value for this input value.");
        Add(InputValue, "isDeprecated", new NonNullType(Scalars.Boolean), static context => context.Parent<InputValueDefinition>().IsDeprecated);
        Add(InputValue, "deprecationReason", Scalars.String, static context => context.Parent<InputValueDefinition>().DeprecationReason);
    }

    private static void AddEnumValueFields()
    {
        Add(EnumValue, "name", new NonNullType(Scalars.String), static context => context.Parent<Types.EnumValue>().Name);
        Add(EnumValue, "description", Scalars.String, static context => context.Parent<Types.EnumValue>().Description);
        Add(EnumValue, "isDeprecated", new NonNullType(Scalars.Boolean), static context => context.Parent<Types.EnumValue>().IsDeprecated);
        Add(EnumValue, "deprecationReason", Scalars.String, static context => context.Parent<Types.EnumValue>().DeprecationReason);
    }

    private static void AddDirectiveFields()
    {
        Add(Directive, "name", new NonNullType(Scalars.String), static context => context.Parent<DirectiveDefinition>().Name);
        Add(Directive, "description", Scalars.String, static context => context.Parent<DirectiveDefinition>().Description);
        Add(Directive, "isRepeatable", new NonNullType(Scalars.Boolean), static context => context.Parent<DirectiveDefinition>().IsRepeatable);
        Add(Directive, "locations", ListOfNonNull(DirectiveLocation), static context => context.Parent<DirectiveDefinition>().Locations);
        Add(Directive, "args", ListOfNonNull(InputValue), static context =>
                Visible(context.Parent<DirectiveDefinition>().Arguments, IncludeDeprecated(context), static argument => argument.IsDeprecated))
            .AddArgument(IncludeDeprecatedArgument());
    }

    private static EnumType CreateTypeKind()
    {
        var kind = new EnumType("__TypeKind", "An enum describing what kind of type a given `__Type` is.") { IsIntrospection = true };
        kind.AddValue("SCALAR", Types.TypeKind.Scalar, "Indicates this type is a scalar.");
        kind.AddValue("OBJECT", Types.TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields.");
        kind.AddValue("INTERFACE", Types.TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.");
        kind.AddValue("UNION", Types.TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field.");
        kind.AddValue("ENUM", Types.TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field.");
        kind.AddValue("INPUT_OBJECT", Types.TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field.");
        kind.AddValue("LIST", Types.TypeKind.List, "Indicates this type is a list. `ofType` is a valid field.");
        kind.AddValue("NON_NULL", Types.TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field.");
        return kind;
    }

    private static EnumType CreateDirectiveLocation()
    {
        var location = new EnumType(
            "__DirectiveLocation",
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.")
        { IsIntrospection = true };
        foreach (var value in Enum.GetValues<Language.DirectiveLocation>())
        {
            location.AddValue(DirectiveLocationNames.GetName(value), value, LocationDescription(value));
        }

        return location;
    }

    private static string LocationDescription(Language.DirectiveLocation location) => location switch
    {
        Language.DirectiveLocation.Query => "Location adjacent to a query operation.",
        Language.DirectiveLocation.Mutation => "Location adjacent to a mutation operation.",
        Language.DirectiveLocation.Subscription => "Location adjacent to a subscription operation.",
        Language.DirectiveLocation.Field => "Location adjacent to a field.",
        Language.DirectiveLocation.FragmentDefinition => "Location adjacent to a fragment definition.",
        Language.DirectiveLocation.FragmentSpread => "Location adjacent to a fragment spread.",
        Language.DirectiveLocation.InlineFragment => "Location adjacent to an inline fragment.",
        Language.DirectiveLocation.VariableDefinition => "Location adjacent to a variable definition.",
        Language.DirectiveLocation.Schema => "Location adjacent to a schema definition.",
        Language.DirectiveLocation.Scalar => "Location adjacent to a scalar definition.",
        Language.DirectiveLocation.Object => "Location adjacent to an object type definition.",
        Language.DirectiveLocation.FieldDefinition => "Location adjacent to a field definition.",
        Language.DirectiveLocation.ArgumentDefinition => "Location adjacent to an argument definition.",
        Language.DirectiveLocation.Interface => "Location adjacent to an interface definition.",
        Language.DirectiveLocation.Union => "Location adjacent to a union definition.",
        Language.DirectiveLocation.Enum => "Location adjacent to an enum definition.",
        Language.DirectiveLocation.EnumValue => "Location adjacent to an enum value definition.",
        Language.DirectiveLocation.InputObject => "Location adjacent to an input object type definition.",
        Language.DirectiveLocation.InputFieldDefinition => "Location adjacent to an input object field definition.",
        _ => throw new ArgumentOutOfRangeException(nameof(location), location, null),
    };

    private static FieldDefinition Add(ObjectType type, string name, IOutputType fieldType, Func<IResolverContext, object?> resolve, string? description = null) =>
        type.AddField(new FieldDefinition(name, fieldType, description)).Resolve(resolve);

    private static NonNullType ListOfNonNull(IType itemType) => new(new ListType(new NonNullType(itemType)));

    /// <summary><c>includeDeprecated: Boolean = false</c>, as graphql-js declares it.</summary>
    private static InputValueDefinition IncludeDeprecatedArgument() =>
        new("includeDeprecated", Scalars.Boolean) { DefaultValueLiteral = new BooleanValueNode { Value = false } };

    private static bool IncludeDeprecated(IResolverContext context) => context.ArgumentValue<bool?>("includeDeprecated") == true;

    private static List<T> Visible<T>(IReadOnlyList<T> items, bool includeDeprecated, Func<T, bool> isDeprecated)
    {
        var visible = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (includeDeprecated || !isDeprecated(item))
            {
                visible.Add(item);
            }
        }

        return visible;
    }
}
