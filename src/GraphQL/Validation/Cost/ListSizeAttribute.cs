using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Validation.Cost;

/// <summary>Code-first <c>@listSize</c> on the field the member becomes.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field, Inherited = false)]
public sealed class ListSizeAttribute : SchemaDirectiveAttribute
{
    /// <summary>The size assumed when no slicing argument is given; 0 or less for none (then <see cref="CostOptions.DefaultListSize"/>).</summary>
    public int AssumedSize { get; init; }

    /// <summary>The arguments whose value bounds the list (for example <c>take</c>).</summary>
    public string[]? SlicingArguments { get; init; }

    /// <summary>The child fields the size applies to (a connection's <c>edges</c>, <c>nodes</c>).</summary>
    public string[]? SizedFields { get; init; }

    /// <summary>Whether exactly one slicing argument must be given (the specification's default).</summary>
    public bool RequireOneSlicingArgument { get; init; } = true;

    public override string DefinitionSdl => CostDirectives.ListSizeDefinition;

    public override AppliedDirective ToDirective() =>
        CostDirectives.ListSizeDirective(AssumedSize > 0 ? AssumedSize : null, SlicingArguments, SizedFields, RequireOneSlicingArgument);
}
