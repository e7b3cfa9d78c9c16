using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// A field's resolver and middleware, kept in <see cref="FieldDefinition.Resolver"/>, and the pipeline composed from them
/// once, on first use (again only if the field is configured after that).
/// </summary>
internal sealed class FieldPipeline
{
    private static readonly Lock CreationGate = new();
    private readonly Lock _gate = new();
    private readonly FieldDefinition _field;
    private (int Stage, FieldMiddleware Middleware)[] _middleware = [];
    private FieldDelegate? _composed;

    private FieldPipeline(FieldDefinition field, FieldResolver? resolver)
    {
        _field = field;
        Resolver = resolver;
    }

    /// <summary>The innermost step; <c>null</c> means the default resolver.</summary>
    public FieldResolver? Resolver { get; private set; }

    /// <summary>Produces a subscription field's source stream; <c>null</c> when <see cref="Resolver"/> does.</summary>
    public FieldResolver? Subscribe { get; private set; }

    public bool HasMiddleware => Volatile.Read(ref _middleware).Length > 0;

    public IReadOnlyList<FieldMiddleware> Middleware
    {
        get
        {
            var middleware = Volatile.Read(ref _middleware);
            var result = new FieldMiddleware[middleware.Length];
            for (var i = 0; i < middleware.Length; i++)
            {
                result[i] = middleware[i].Middleware;
            }

            return result;
        }
    }

    /// <summary>The field's pipeline, creating it in the field's resolver slot (keeping a resolver already there).</summary>
    public static FieldPipeline For(FieldDefinition field)
    {
        if (field.Resolver is FieldPipeline existing)
        {
            return existing;
        }

        lock (CreationGate)
        {
            switch (field.Resolver)
            {
                case FieldPipeline pipeline:
                    return pipeline;
                case null or FieldResolver:
                    var created = new FieldPipeline(field, (FieldResolver?)field.Resolver);
                    field.Resolver = created;
                    return created;
                default:
                    throw new InvalidOperationException(
                        $"The resolver slot of {field.Coordinate} holds a {field.Resolver.GetType().Name}, not a {nameof(FieldResolver)}.");
            }
        }
    }

    /// <summary>The pipeline already in the field's slot, or <c>null</c>.</summary>
    public static FieldPipeline? Find(FieldDefinition field) => field.Resolver as FieldPipeline;

    public void SetResolver(FieldResolver resolver)
    {
        lock (_gate)
        {
            Resolver = resolver;
            Volatile.Write(ref _composed, null);
        }
    }

    public void SetSubscribe(FieldResolver subscribe)
    {
        lock (_gate)
        {
            Subscribe = subscribe;
        }
    }

    public void Add(int stage, FieldMiddleware middleware)
    {
        lock (_gate)
        {
            // Insert after every middleware of the same or an outer stage: stable by stage, then by registration.
            var list = new List<(int, FieldMiddleware)>(_middleware);
            var index = list.Count;
            while (index > 0 && list[index - 1].Item1 > stage)
            {
                index--;
            }

            list.Insert(index, (stage, middleware));
            Volatile.Write(ref _middleware, [.. list]);
            Volatile.Write(ref _composed, null);
        }
    }

    /// <summary>The composed pipeline: the middleware, outermost first, around the resolver.</summary>
    public FieldDelegate Compose()
    {
        var composed = Volatile.Read(ref _composed);
        if (composed is not null)
        {
            return composed;
        }

        lock (_gate)
        {
            composed = ResolverStep(Resolver);
            for (var i = _middleware.Length - 1; i >= 0; i--)
            {
                composed = _middleware[i].Middleware(composed)
                    ?? throw new InvalidOperationException($"A middleware of {_field.Coordinate} returned no delegate.");
            }

            Volatile.Write(ref _composed, composed);
            return composed;
        }
    }

    /// <summary>The innermost step: runs the resolver (or the default one) and stores its value as the result.</summary>
    internal static FieldDelegate ResolverStep(FieldResolver? resolver)
    {
        if (resolver is null)
        {
            return static context =>
            {
                context.Result = DefaultFieldResolver.Resolve(context.Parent, context.Field.Name);
                return default;
            };
        }

        return context =>
        {
            var value = resolver(context);
            if (value.IsCompletedSuccessfully)
            {
                context.Result = value.Result;
                return default;
            }

            return AwaitResult(value, context);
        };
    }

    private static async ValueTask AwaitResult(ValueTask<object?> value, IMiddlewareContext context) => context.Result = await value.ConfigureAwait(false);
}
