using System.Reflection;
using GraphQL.Execution;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// What an <see cref="IFieldShaper"/> sees and may change of one field being mapped. The field does not exist yet:
/// <see cref="Type"/> is the type it will have; arguments and middleware are added when it is created; work that needs
/// every type's fields (an input type generated from an object type's fields) goes in <see cref="OnMapped"/>.
/// </summary>
public sealed class FieldShapingContext
{
    private readonly List<InputValueDefinition> _arguments = [];
    private readonly List<(int Stage, FieldMiddleware Middleware)> _middleware = [];
    private readonly List<Action<FieldDefinition>> _completions = [];
    private readonly List<string> _errors;

    internal FieldShapingContext(
        MemberInfo? member,
        Type clrType,
        IOutputType type,
        string site,
        IDictionary<object, object?> buildState,
        List<string> errors)
    {
        Member = member;
        ClrType = clrType;
        Type = type;
        Site = site;
        BuildState = buildState;
        _errors = errors;
    }

    /// <summary>The property or method the field is made from (<c>null</c> for a computed field).</summary>
    public MemberInfo? Member { get; }

    /// <summary>The CLR type of the field's value (a task's result type), e.g. <c>IQueryable&lt;Playbook&gt;</c>.</summary>
    public Type ClrType { get; }

    /// <summary>The field's GraphQL type; a shaper may replace it (e.g. a list by its connection type).</summary>
    public IOutputType Type { get; set; }

    /// <summary>Where the field comes from, for error messages: <c>Query.Playbooks (Query.playbooks)</c>.</summary>
    public string Site { get; }

    /// <summary>State shared by every shaper of one build: generated types by name, so fields share them.</summary>
    public IDictionary<object, object?> BuildState { get; }

    /// <summary>State of this field shared by its shapers (each feature attribute adds to one field plan).</summary>
    public IDictionary<object, object?> FieldState { get; } = new Dictionary<object, object?>();

    public void AddArgument(InputValueDefinition argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        _arguments.Add(argument);
    }

    public void Use(int stage, FieldMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add((stage, middleware));
    }

    /// <summary>Runs <paramref name="complete"/> on the field once every type of the schema is mapped, before validation.</summary>
    public void OnMapped(Action<FieldDefinition> complete)
    {
        ArgumentNullException.ThrowIfNull(complete);
        _completions.Add(complete);
    }

    /// <summary>A misuse (e.g. paging a field that is not a list); the build fails listing it.</summary>
    public void ReportError(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _errors.Add($"{Site}: {message}");
    }

    internal void ApplyTo(FieldDefinition field)
    {
        foreach (var argument in _arguments)
        {
            if (field.GetArgument(argument.Name) is null)
            {
                field.AddArgument(argument);
            }
            else
            {
                ReportError($"the argument '{argument.Name}' is already defined.");
            }
        }

        foreach (var (stage, middleware) in _middleware)
        {
            field.Use(stage, middleware);
        }
    }

    internal void CompleteMapping(FieldDefinition field)
    {
        foreach (var complete in _completions)
        {
            complete(field);
        }
    }
}
