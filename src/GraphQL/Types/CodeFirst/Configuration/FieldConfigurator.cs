using System.Linq.Expressions;
using GraphQL.Execution;

namespace GraphQL.Types.CodeFirst;

/// <summary>Configures one field of <see cref="ObjectTypeConfigurator{T}"/>; <c>Field</c> and <c>Ignore</c> continue with the type.</summary>
public sealed class FieldConfigurator<T>
{
    private readonly ObjectTypeConfigurator<T> _type;
    private readonly FieldConfiguration _field;

    internal FieldConfigurator(ObjectTypeConfigurator<T> type, FieldConfiguration field)
    {
        _type = type;
        _field = field;
    }

    /// <summary>The GraphQL name of the field.</summary>
    public FieldConfigurator<T> Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _field.Name = name;
        return this;
    }

    public FieldConfigurator<T> Description(string? description)
    {
        _field.Description = description;
        return this;
    }

    public FieldConfigurator<T> Deprecated(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        _field.DeprecationReason = reason;
        return this;
    }

    /// <summary>Makes the field's outermost type non-null.</summary>
    public FieldConfigurator<T> NonNull()
    {
        _field.NonNull = true;
        return this;
    }

    /// <summary>Makes the field's outermost type nullable.</summary>
    public FieldConfigurator<T> Nullable()
    {
        _field.NonNull = false;
        return this;
    }

    /// <summary>Adds an argument to a computed field; its resolver reads it from <see cref="IResolverContext.Arguments"/>.</summary>
    public FieldConfigurator<T> Argument(string name, Type clrType)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(clrType);
        _field.Arguments.Add((name, clrType));
        return this;
    }

    /// <summary>Adds a middleware to the field (see <see cref="FieldDefinitionExtensions.Use(FieldDefinition, int, FieldMiddleware)"/>).</summary>
    public FieldConfigurator<T> Use(int stage, FieldMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _field.Middleware.Add((stage, middleware));
        return this;
    }

    /// <summary>Reshapes the field while it is mapped (type, arguments, middleware): how data features attach in code.</summary>
    public FieldConfigurator<T> Shape(IFieldShaper shaper)
    {
        ArgumentNullException.ThrowIfNull(shaper);
        _field.Shapers.Add(shaper);
        return this;
    }

    /// <summary>Runs <paramref name="configure"/> on the built field definition, before the schema is validated.</summary>
    public FieldConfigurator<T> Configure(Action<FieldDefinition> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _field.Callbacks.Add(configure);
        return this;
    }

    /// <inheritdoc cref="ObjectTypeConfigurator{T}.Field(Expression{Func{T, object}})"/>
    public FieldConfigurator<T> Field(Expression<Func<T, object?>> member) => _type.Field(member);

    /// <inheritdoc cref="ObjectTypeConfigurator{T}.Field(string, FieldResolver, Type)"/>
    public FieldConfigurator<T> Field(string name, FieldResolver resolve, Type clrType) => _type.Field(name, resolve, clrType);

    /// <inheritdoc cref="ObjectTypeConfigurator{T}.Field(string, Func{IResolverContext, object}, Type)"/>
    public FieldConfigurator<T> Field(string name, Func<IResolverContext, object?> resolve, Type clrType) => _type.Field(name, resolve, clrType);

    /// <inheritdoc cref="ObjectTypeConfigurator{T}.Field{TResult}(string, Func{T, TResult})"/>
    public FieldConfigurator<T> Field<TResult>(string name, Func<T, TResult> resolve) => _type.Field(name, resolve);

    /// <inheritdoc cref="ObjectTypeConfigurator{T}.Ignore"/>
    public ObjectTypeConfigurator<T> Ignore(Expression<Func<T, object?>> member) => _type.Ignore(member);
}
