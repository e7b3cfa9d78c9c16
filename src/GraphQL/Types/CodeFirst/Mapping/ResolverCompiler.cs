using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Data.GlobalIds;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Compiles a <see cref="ResolverPlan"/> into a <see cref="FieldResolver"/> with System.Linq.Expressions, once, when the
/// schema is built: arguments are read and converted by compiled converters, services and the parent are fetched
/// directly, and the method's result becomes a <see cref="ValueTask{TResult}"/> of <c>object?</c> without awaiting what
/// has already completed. Nothing is reflected when the resolver runs.
/// </summary>
/// <example>
/// For <c>Task&lt;Playbook?&gt; GetPlaybookAsync(Guid id, [Service] IPlaybookStore store, CancellationToken ct)</c> on a
/// resolver class <c>PlaybookQueries</c>, the compiled resolver is:
/// <code>
/// context => ResolverResults.FromTask(
///     ResolverInstances.Get&lt;PlaybookQueries&gt;(context, factory).GetPlaybookAsync(
///         InputConversions.Scalar&lt;Guid&gt;(ResolverInstances.Argument(context, "id"), "id"),
///         ResolverInstances.RequiredService&lt;IPlaybookStore&gt;(context),
///         context.RequestAborted))
/// </code>
/// </example>
internal sealed class ResolverCompiler(InputConverters converters)
{
    private static readonly MethodInfo GetInstanceMethod = typeof(ResolverInstances).GetMethod(nameof(ResolverInstances.Get))!;
    private static readonly MethodInfo ArgumentMethod = typeof(ResolverInstances).GetMethod(nameof(ResolverInstances.Argument))!;
    private static readonly MethodInfo ArgumentOrMethod = typeof(ResolverInstances).GetMethod(nameof(ResolverInstances.ArgumentOr))!;
    private static readonly MethodInfo RequiredServiceMethod = typeof(ResolverInstances).GetMethod(nameof(ResolverInstances.RequiredService))!;
    private static readonly MethodInfo OptionalServiceMethod = typeof(ResolverInstances).GetMethod(nameof(ResolverInstances.OptionalService))!;
    private static readonly MethodInfo FromTaskMethod = typeof(ResolverResults).GetMethod(nameof(ResolverResults.FromTask))!;
    private static readonly MethodInfo FromValueTaskMethod = typeof(ResolverResults).GetMethod(nameof(ResolverResults.FromValueTask))!;
    private static readonly MethodInfo MapMethod = typeof(ResolverResults).GetMethod(nameof(ResolverResults.Map))!;
    private static readonly ConstructorInfo ValueTaskConstructor = typeof(ValueTask<object?>).GetConstructor([typeof(object)])!;
    private static readonly Func<object?, object?> JsonDocumentToElement = ResolverResults.JsonDocumentToElement;

    private readonly Dictionary<Type, ObjectFactory> _factories = [];

    /// <summary>Compiles the plan; <c>null</c> (with an error added) when the resolver class cannot be created.</summary>
    public FieldResolver? Compile(ResolverPlan plan, List<string> errors)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        Expression? instance;
        switch (plan.Instance)
        {
            case ResolverInstance.Parent:
                instance = Expression.Convert(Expression.Property(context, nameof(IResolverContext.Parent)), plan.InstanceType);
                break;
            case ResolverInstance.ResolverClass:
                if (Factory(plan, errors) is not { } factory)
                {
                    return null;
                }

                instance = Expression.Call(GetInstanceMethod.MakeGenericMethod(plan.InstanceType), context, Expression.Constant(factory));
                break;
            default:
                instance = null;
                break;
        }

        Expression call;
        if (plan.Member is MethodInfo method)
        {
            var parameters = method.GetParameters();
            var arguments = new Expression[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                arguments[i] = Parameter(context, parameters[i].ParameterType, plan.Parameters[i]);
            }

            call = Expression.Call(instance, method, arguments);
        }
        else
        {
            call = Expression.Property(instance, (PropertyInfo)plan.Member);
        }

        var result = ToValueTask(call);
        if (plan.MapsJsonDocuments)
        {
            result = Expression.Call(MapMethod, result, Expression.Constant(JsonDocumentToElement));
        }

        return Expression.Lambda<FieldResolver>(result, plan.Site, [context]).Compile();
    }

    private Expression Parameter(ParameterExpression context, Type type, ParameterSource source) => source switch
    {
        ParameterSource.Argument argument => converters.Convert(
            GlobalIdArguments.Decode(
                argument.Fallback is null
                    ? Expression.Call(ArgumentMethod, context, Expression.Constant(argument.Name))
                    : Expression.Call(ArgumentOrMethod, context, Expression.Constant(argument.Name), Expression.Constant(argument.Fallback, typeof(object))),
                argument.GlobalIdType,
                type),
            type,
            argument.Type,
            argument.Name),
        ParameterSource.Context => Expression.Convert(context, type),
        ParameterSource.Cancellation => Expression.Property(context, nameof(IResolverContext.RequestAborted)),
        ParameterSource.Services => Expression.Property(context, nameof(IResolverContext.Services)),
        ParameterSource.Service { Required: true } => Expression.Call(RequiredServiceMethod.MakeGenericMethod(type), context),
        ParameterSource.Service => Expression.Call(OptionalServiceMethod.MakeGenericMethod(type), context),
        _ => Expression.Convert(Expression.Property(context, nameof(IResolverContext.Parent)), type),
    };

    /// <summary><c>Task&lt;T&gt;</c> and <c>ValueTask&lt;T&gt;</c> through the helpers, anything else boxed into a completed task.</summary>
    private static Expression ToValueTask(Expression call)
    {
        var type = call.Type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return Expression.Call(FromTaskMethod.MakeGenericMethod(type.GetGenericArguments()[0]), call);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return Expression.Call(FromValueTaskMethod.MakeGenericMethod(type.GetGenericArguments()[0]), call);
        }

        return Expression.New(ValueTaskConstructor, Expression.Convert(call, typeof(object)));
    }

    private ObjectFactory? Factory(ResolverPlan plan, List<string> errors)
    {
        var type = plan.InstanceType;
        if (_factories.TryGetValue(type, out var factory))
        {
            return factory;
        }

        if (type.IsValueType || type.IsAbstract)
        {
            errors.Add(CodeFirstErrors.ResolverNeedsInstance(plan.Site, type, "a resolver class must be a class that is not abstract."));
            return null;
        }

        try
        {
            factory = ActivatorUtilities.CreateFactory(type, Type.EmptyTypes);
        }
        catch (InvalidOperationException exception)
        {
            errors.Add(CodeFirstErrors.ResolverNeedsInstance(plan.Site, type, exception.Message));
            return null;
        }

        _factories.Add(type, factory);
        return factory;
    }
}
