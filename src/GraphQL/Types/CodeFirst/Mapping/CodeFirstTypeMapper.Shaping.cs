using System.Reflection;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Runs the <see cref="IFieldShaper"/>s of a field (its member's attributes, then <see cref="FieldConfigurator{T}.Shape"/>)
/// before the field is made, and their <see cref="FieldShapingContext.OnMapped"/> work once every type is mapped.
/// </summary>
internal sealed partial class CodeFirstTypeMapper
{
    private readonly Dictionary<object, object?> _shapingState = [];
    private readonly List<(FieldDefinition Field, FieldShapingContext Context)> _shaped = [];

    /// <summary>The shaping context of a field with shapers, or <c>null</c> (then the field keeps its mapped type).</summary>
    private FieldShapingContext? Shape(
        IOutputType type, MemberInfo? member, Type valueType, ICustomAttributeProvider[] declarations, FieldConfiguration? configuration, string site)
    {
        var shapers = declarations.SelectMany(declaration => declaration.GetCustomAttributes(false).OfType<IFieldShaper>())
            .Concat(configuration?.Shapers ?? [])
            .ToList();
        if (shapers.Count == 0)
        {
            return null;
        }

        var context = new FieldShapingContext(member, valueType, type, site, _shapingState, Errors);
        foreach (var shaper in shapers)
        {
            shaper.Shape(context);
        }

        return context;
    }

    private void ApplyShaping(FieldDefinition field, FieldShapingContext? context)
    {
        if (context is not null)
        {
            context.ApplyTo(field);
            _shaped.Add((field, context));
        }
    }

    private void CompleteShaping()
    {
        foreach (var (field, context) in _shaped)
        {
            context.CompleteMapping(field);
        }
    }
}
