using GraphQL.Introspection;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>What the executor precomputes for a selected field, once per plan.</summary>
public sealed partial class FieldSelection
{
    private AccessorCache? _accessor;

    internal FieldExecutionKind ExecutionKind { get; private set; }

    internal FieldResolver? Resolver { get; private set; }

    internal FieldDelegate? Pipeline { get; private set; }

    /// <summary>A subscription field's separate source stream resolver (<see cref="FieldDefinitionExtensions.Subscribe"/>).</summary>
    internal FieldResolver? SubscribeResolver { get; private set; }

    /// <summary>The leaf type when the field's type is a leaf type or a non-null one: completed without further nesting.</summary>
    internal ILeafType? LeafType { get; private set; }

    internal bool IsNonNull { get; private set; }

    internal bool HasArguments { get; private set; }

    /// <summary>The coerced arguments when they contain no variable: the same for every request.</summary>
    internal IReadOnlyDictionary<string, object?>? ConstantArguments { get; private set; }

    /// <summary>Why constant arguments could not be coerced; reported each time the field runs.</summary>
    internal GraphQLError? ConstantArgumentsError { get; private set; }

    /// <summary>The default resolver's getter for a parent of <paramref name="type"/>: a one-entry cache in front of the shared one.</summary>
    internal Func<object, object?> GetAccessor(Type type)
    {
        var cached = Volatile.Read(ref _accessor);
        if (cached is not null && cached.Type == type)
        {
            return cached.Getter;
        }

        var getter = MemberAccessors.Get(type, Field.Name);
        Volatile.Write(ref _accessor, new AccessorCache(type, getter));
        return getter;
    }

    internal void PrepareExecution()
    {
        IsNonNull = Field.Type is NonNullType;
        LeafType = Field.Type.NullableType() as ILeafType;
        HasArguments = Field.Arguments.Count > 0;
        if (HasArguments && !Node.Arguments.Any(argument => ArgumentCoercion.ContainsVariable(argument.Value)))
        {
            if (ArgumentCoercion.TryCoerce(Field.Arguments, Node.Arguments, Node, null, out var values, out var error))
            {
                ConstantArguments = values;
            }
            else
            {
                ConstantArgumentsError = error;
            }
        }

        if (ReferenceEquals(Field, IntrospectionFields.TypeName))
        {
            ExecutionKind = FieldExecutionKind.TypeName;
            return;
        }

        switch (Field.Resolver)
        {
            case FieldResolver resolver:
                Resolver = resolver;
                ExecutionKind = FieldExecutionKind.Resolver;
                break;
            case FieldPipeline pipeline:
                SubscribeResolver = pipeline.Subscribe;
                if (pipeline.HasMiddleware)
                {
                    Pipeline = pipeline.Compose();
                    ExecutionKind = FieldExecutionKind.Pipeline;
                }
                else if (pipeline.Resolver is { } inner)
                {
                    Resolver = inner;
                    ExecutionKind = FieldExecutionKind.Resolver;
                }
                else
                {
                    ExecutionKind = FieldExecutionKind.Default;
                }

                break;
            default:
                ExecutionKind = FieldExecutionKind.Default;
                break;
        }
    }

    private sealed record AccessorCache(Type Type, Func<object, object?> Getter);
}

/// <summary>How a field's value is produced.</summary>
internal enum FieldExecutionKind : byte
{
    /// <summary><c>__typename</c>: the parent object type's name.</summary>
    TypeName,

    /// <summary>No resolver and no middleware: the default resolver's compiled getter, without a context.</summary>
    Default,

    /// <summary>A resolver and no middleware: called directly.</summary>
    Resolver,

    /// <summary>Middleware around a resolver: the composed pipeline.</summary>
    Pipeline,
}
