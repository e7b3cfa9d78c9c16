using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// What every part of a schema has: a description (<see href="https://spec.graphql.org/September2025/#sec-Descriptions">§3.2 Descriptions</see>),
/// applied directives, the syntax it was built from, and a bag of <see cref="Features"/> for later layers.
/// </summary>
/// <remarks>
/// Elements have two phases: while a schema is being built they can be changed; <see cref="SchemaBuilder.Build"/>
/// freezes them, after which the type-system shape is immutable and safe to share between threads.
/// <see cref="Features"/> (and <see cref="FieldDefinition.Resolver"/>) stay writable: they carry execution wiring,
/// not type-system shape, and should be set at startup, before the schema serves requests.
/// </remarks>
public abstract class SchemaElement
{
    private string? _description;
    private AppliedDirective[]? _frozenDirectives;
    private List<AppliedDirective>? _directives;
    private Dictionary<string, object?>? _features;

    private protected SchemaElement()
    {
    }

    public string? Description
    {
        get => _description;
        set
        {
            ThrowIfFrozen();
            _description = value;
        }
    }

    /// <summary>
    /// The directives applied to this element, in order. <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>
    /// are not listed: they are exposed as properties (<c>DeprecationReason</c>, <c>SpecifiedByUrl</c>, <c>IsOneOf</c>).
    /// </summary>
    public IReadOnlyList<AppliedDirective> Directives =>
        _frozenDirectives ?? (IReadOnlyList<AppliedDirective>?)_directives ?? [];

    /// <summary>The syntax node this element was built from, or <c>null</c> when it was built in code.</summary>
    public SyntaxNode? Syntax { get; internal set; }

    /// <summary>Whether the element belongs to a built schema and can no longer change shape.</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>
    /// Free-form data other layers attach to this element (execution, cost analysis, authorization…),
    /// keyed by a name the layer owns. Writable after the schema is built; not synchronized, so write it at startup.
    /// </summary>
    public IDictionary<string, object?> Features
    {
        get
        {
            if (_features is null)
            {
                Interlocked.CompareExchange(ref _features, new Dictionary<string, object?>(StringComparer.Ordinal), null);
            }

            return _features;
        }
    }

    /// <summary>Whether any feature was set, without allocating the dictionary.</summary>
    public bool HasFeatures => _features is { Count: > 0 };

    public void AddDirective(AppliedDirective directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        ThrowIfFrozen();
        (_directives ??= []).Add(directive);
    }

    /// <summary>The first applied directive with the given name, or <c>null</c>.</summary>
    public AppliedDirective? GetDirective(string name)
    {
        foreach (var directive in Directives)
        {
            if (directive.Name == name)
            {
                return directive;
            }
        }

        return null;
    }

    internal void Freeze()
    {
        if (IsFrozen)
        {
            return;
        }

        _frozenDirectives = _directives is null ? [] : [.. _directives];
        _directives = null;
        OnFreeze();
        IsFrozen = true;
    }

    /// <summary>Lets an element precompute lookups and freeze what it owns (fields, arguments, values).</summary>
    private protected virtual void OnFreeze()
    {
    }

    /// <summary>Throws when the element belongs to a built schema.</summary>
    protected void ThrowIfFrozen()
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException($"'{this}' belongs to a built schema and can no longer be changed.");
        }
    }
}
