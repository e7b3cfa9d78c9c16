using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// <c>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Type-System.Directives">§3.13 Directives</see>).
/// The built-in directives are the static members (<see cref="Skip"/>, <see cref="Include"/>, <see cref="Deprecated"/>,
/// <see cref="SpecifiedBy"/>, <see cref="OneOf"/>); every schema has them.
/// </summary>
public sealed class DirectiveDefinition : SchemaElement
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written (§3.13 Directives).</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    private readonly DirectiveLocation[] _locations;
    private readonly int _locationMask;

    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations, bool isRepeatable = false, string? description = null)
    {
        NameValidation.ThrowIfInvalid(name);
        ArgumentNullException.ThrowIfNull(locations);
        Name = name;
        _locations = [.. locations];
        foreach (var location in _locations)
        {
            _locationMask |= 1 << (int)location;
        }

        IsRepeatable = isRepeatable;
        Description = description;
        Arguments = new DefinitionCollection<InputValueDefinition>(static argument => argument.Name);
    }

    /// <summary><c>directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT</c> (§3.13 Directives).</summary>
    public static DirectiveDefinition Skip { get; } = CreateSkipOrInclude(
        "skip", "Directs the executor to skip this field or fragment when the `if` argument is true.", "Skipped when true.");

    /// <summary><c>directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT</c> (§3.13 Directives).</summary>
    public static DirectiveDefinition Include { get; } = CreateSkipOrInclude(
        "include", "Directs the executor to include this field or fragment only when the `if` argument is true.", "Included when true.");

    /// <summary>
    /// <c>directive @deprecated(reason: String! = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE</c>
    /// (<see href="https://spec.graphql.org/September2025/#sec--deprecated">§3.13 @deprecated</see>).
    /// </summary>
    public static DirectiveDefinition Deprecated { get; } = CreateDeprecated();

    /// <summary>
    /// <c>directive @specifiedBy(url: String!) on SCALAR</c>
    /// (<see href="https://spec.graphql.org/September2025/#sec--specifiedBy">§3.13 @specifiedBy</see>).
    /// </summary>
    public static DirectiveDefinition SpecifiedBy { get; } = CreateSpecifiedBy();

    /// <summary>
    /// <c>directive @oneOf on INPUT_OBJECT</c>
    /// (<see href="https://spec.graphql.org/September2025/#sec--oneOf">§3.13 @oneOf</see>).
    /// </summary>
    public static DirectiveDefinition OneOf { get; } = Frozen(new DirectiveDefinition(
        "oneOf",
        [DirectiveLocation.InputObject],
        description: "Indicates exactly one field must be supplied and this field must not be `null`."));

    /// <summary>The directives every schema includes, in the order introspection lists them.</summary>
    public static IReadOnlyList<DirectiveDefinition> BuiltIns { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public string Name { get; }

    public DefinitionCollection<InputValueDefinition> Arguments { get; }

    public IReadOnlyList<DirectiveLocation> Locations => _locations;

    public bool IsRepeatable { get; }

    /// <summary>Whether this is one of <see cref="BuiltIns"/>.</summary>
    public bool IsBuiltIn => ReferenceEquals(this, BuiltInNamed(Name));

    /// <summary>The schema coordinate, <c>@name</c> (Schema Coordinates).</summary>
    public string Coordinate => "@" + Name;

    /// <summary>Whether the directive may be applied at <paramref name="location"/>, in O(1).</summary>
    public bool HasLocation(DirectiveLocation location) => (_locationMask & (1 << (int)location)) != 0;

    /// <summary>Adds an argument; returns this directive so arguments can be chained.</summary>
    public DirectiveDefinition AddArgument(InputValueDefinition argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ThrowIfFrozen();
        argument.AttachTo(this);
        Arguments.Add(argument);
        return this;
    }

    public InputValueDefinition? GetArgument(string name) => Arguments.Find(name);

    public override string ToString() => Coordinate;

    internal static bool IsBuiltInName(string name) => BuiltInNamed(name) is not null;

    internal static DirectiveDefinition? BuiltInNamed(string name) => name switch
    {
        "skip" => Skip,
        "include" => Include,
        "deprecated" => Deprecated,
        "specifiedBy" => SpecifiedBy,
        "oneOf" => OneOf,
        _ => null,
    };

    private protected override void OnFreeze()
    {
        foreach (var argument in Arguments)
        {
            argument.Freeze();
        }
    }

    private static DirectiveDefinition CreateSkipOrInclude(string name, string description, string argumentDescription) =>
        Frozen(new DirectiveDefinition(
                name,
                [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
                description: description)
            .AddArgument(new InputValueDefinition("if", new NonNullType(Scalars.Boolean), argumentDescription)));

    private static DirectiveDefinition CreateDeprecated()
    {
        var reason = new InputValueDefinition(
            "reason",
            new NonNullType(Scalars.String),
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).")
        {
            DefaultValueLiteral = new StringValueNode { Value = DefaultDeprecationReason },
        };
        return Frozen(new DirectiveDefinition(
                "deprecated",
                [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
                description: "Marks an element of a GraphQL schema as no longer supported.")
            .AddArgument(reason));
    }

    private static DirectiveDefinition CreateSpecifiedBy() =>
        Frozen(new DirectiveDefinition(
                "specifiedBy",
                [DirectiveLocation.Scalar],
                description: "Exposes a URL that specifies the behavior of this scalar.")
            .AddArgument(new InputValueDefinition("url", new NonNullType(Scalars.String), "The URL that specifies the behavior of this scalar.")));

    private static DirectiveDefinition Frozen(DirectiveDefinition directive)
    {
        directive.Freeze();
        return directive;
    }
}
