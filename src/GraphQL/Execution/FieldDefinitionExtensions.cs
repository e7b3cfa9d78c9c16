using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Attaches resolvers and middleware to fields. Configure fields at startup, before the schema serves requests; the
/// pipeline is composed once, on first use.
/// </summary>
public static class FieldDefinitionExtensions
{
    /// <summary>Sets the field's resolver, the innermost step of its pipeline.</summary>
    public static FieldDefinition Resolve(this FieldDefinition field, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(resolver);
        if (field.Resolver is null or FieldResolver)
        {
            field.Resolver = resolver;
        }
        else
        {
            FieldPipeline.For(field).SetResolver(resolver);
        }

        return field;
    }

    /// <summary>Sets a synchronous resolver.</summary>
    public static FieldDefinition Resolve(this FieldDefinition field, Func<IResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return field.Resolve(context => new ValueTask<object?>(resolver(context)));
    }

    /// <summary>Adds a middleware at the <see cref="MiddlewareStage.Custom"/> stage, innermost among those added so far.</summary>
    public static FieldDefinition Use(this FieldDefinition field, FieldMiddleware middleware) =>
        field.Use(MiddlewareStage.Custom, middleware);

    /// <summary>Adds a middleware at a <see cref="MiddlewareStage"/>; within a stage, later ones run further in.</summary>
    public static FieldDefinition Use(this FieldDefinition field, int stage, FieldMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(middleware);
        FieldPipeline.For(field).Add(stage, middleware);
        return field;
    }

    /// <summary>
    /// Gives a subscription root field its own source stream resolver (§6.2.3 CreateSourceEventStream), which must return an
    /// <see cref="IAsyncEnumerable{T}"/>. The field's pipeline then resolves each event, with the event as
    /// <see cref="IResolverContext.Parent"/>. Without it the field's pipeline returns the stream and each event is the
    /// field's value.
    /// </summary>
    public static FieldDefinition Subscribe(this FieldDefinition field, FieldResolver subscribe)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(subscribe);
        FieldPipeline.For(field).SetSubscribe(subscribe);
        return field;
    }

    /// <summary>The field's resolver; <c>null</c> when it uses the default resolver.</summary>
    public static FieldResolver? GetResolver(this FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Resolver switch
        {
            FieldResolver resolver => resolver,
            FieldPipeline pipeline => pipeline.Resolver,
            _ => null,
        };
    }

    /// <summary>The field's middleware in execution order, outermost first.</summary>
    public static IReadOnlyList<FieldMiddleware> GetMiddleware(this FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return FieldPipeline.Find(field)?.Middleware ?? [];
    }
}
