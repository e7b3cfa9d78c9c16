namespace GraphQL.Language;

/// <summary>
/// <c>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation</c>
/// (<see href="https://spec.graphql.org/September2025/#DirectiveLocations">§3.13 Directives</see>).
/// The grammar spells them in upper snake case; see <see cref="DirectiveLocationNames"/>.
/// </summary>
public enum DirectiveLocation
{
    // ExecutableDirectiveLocation
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // TypeSystemDirectiveLocation
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}
