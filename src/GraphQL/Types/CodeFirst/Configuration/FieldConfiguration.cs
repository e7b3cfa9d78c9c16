using System.Reflection;
using GraphQL.Execution;

namespace GraphQL.Types.CodeFirst;

/// <summary>The settings of one field: a configured member, or a computed field with its own resolver.</summary>
internal sealed class FieldConfiguration
{
    public MemberInfo? Member { get; init; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool? NonNull { get; set; }

    /// <summary>A computed field's resolver and CLR result type.</summary>
    public FieldResolver? Resolver { get; init; }

    public Type? ClrType { get; init; }

    public List<(string Name, Type ClrType)> Arguments { get; } = [];

    public List<(int Stage, FieldMiddleware Middleware)> Middleware { get; } = [];

    public List<Action<FieldDefinition>> Callbacks { get; } = [];

    /// <summary>Shapers added in code, run after the member's attributes (see <see cref="IFieldShaper"/>).</summary>
    public List<IFieldShaper> Shapers { get; } = [];

    /// <summary>Set when the member became a field, so a configuration of something that is not a field is reported.</summary>
    public bool IsApplied { get; set; }

    /// <summary>Applies what does not shape the field's creation: description, deprecation, middleware, callbacks.</summary>
    public void ApplyTo(FieldDefinition field)
    {
        if (Description is not null)
        {
            field.Description = Description;
        }

        if (DeprecationReason is not null)
        {
            field.DeprecationReason = DeprecationReason;
        }

        foreach (var (stage, middleware) in Middleware)
        {
            field.Use(stage, middleware);
        }

        foreach (var callback in Callbacks)
        {
            callback(field);
        }
    }
}
