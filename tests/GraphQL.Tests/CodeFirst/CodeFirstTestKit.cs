using System.Text;
using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Tests.CodeFirst;

/// <summary>Builds code-first schemas, prints their types compactly, and calls their compiled resolvers.</summary>
internal static class CodeFirstTestKit
{
    /// <summary>A field as SDL writes it: <c>playbooks(first: Int! = 10, status: PlaybookStatus): [Playbook!]!</c>.</summary>
    public static string Signature(this Schema schema, string coordinate)
    {
        var field = schema.Field(coordinate);
        var builder = new StringBuilder(field.Name);
        if (field.Arguments.Count > 0)
        {
            builder.Append('(').AppendJoin(", ", field.Arguments.Select(InputValue)).Append(')');
        }

        return builder.Append(": ").Append(field.Type).ToString();
    }

    /// <summary>An input object's fields as SDL writes them.</summary>
    public static string[] InputFields(this Schema schema, string typeName) =>
        [.. schema.GetType<InputObjectType>(typeName)!.Fields.Select(InputValue)];

    /// <summary>The names of an object or interface type's fields.</summary>
    public static string[] FieldNames(this Schema schema, string typeName) =>
        [.. ((ComplexType)schema.GetType(typeName)!).Fields.Select(field => field.Name)];

    public static FieldDefinition Field(this Schema schema, string coordinate)
    {
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        var type = (ComplexType?)schema.GetType(coordinate[..dot]) ?? throw new InvalidOperationException($"No type {coordinate[..dot]}.");
        return type.GetField(coordinate[(dot + 1)..]) ?? throw new InvalidOperationException($"No field {coordinate}.");
    }

    /// <summary>
    /// Runs a field's resolver (the default resolver when it has none) as the executor would: arguments given as external
    /// values (like JSON variables) are coerced to the argument types and defaults applied first.
    /// </summary>
    public static async Task<object?> ResolveAsync(
        this Schema schema,
        string coordinate,
        object? parent = null,
        IReadOnlyDictionary<string, object?>? arguments = null,
        IServiceProvider? services = null,
        CancellationToken cancellationToken = default)
    {
        var field = schema.Field(coordinate);
        var context = new TestResolverContext
        {
            Field = field,
            Parent = parent,
            Arguments = CoerceArguments(field, arguments),
            Services = services ?? new ServiceCollectionProvider(),
            RequestAborted = cancellationToken,
        };
        var resolver = field.GetResolver() ?? DefaultFieldResolver.Instance;
        return await resolver(context);
    }

    public static Dictionary<string, object?> Args(params (string Name, object? Value)[] arguments) =>
        arguments.ToDictionary(argument => argument.Name, argument => argument.Value);

    /// <summary>Builds and expects failure; returns the errors.</summary>
    public static IReadOnlyList<string> BuildErrors(this CodeFirstSchemaBuilder builder) =>
        FluentActions.Invoking(builder.Build).Should().Throw<SchemaValidationException>().Which.Errors;

    private static Dictionary<string, object?> CoerceArguments(FieldDefinition field, IReadOnlyDictionary<string, object?>? arguments)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in field.Arguments)
        {
            if (arguments is not null && arguments.TryGetValue(argument.Name, out var value))
            {
                coerced[argument.Name] = ValueCoercion.CoerceInputValue(value, argument.Type);
            }
            else if (argument.HasDefaultValue)
            {
                coerced[argument.Name] = argument.DefaultValue;
            }
        }

        return coerced;
    }

    private static string InputValue(InputValueDefinition value) =>
        value.HasDefaultValue ? $"{value.Name}: {value.Type} = {Printer.Print(value.DefaultValueLiteral!)}" : $"{value.Name}: {value.Type}";

    /// <summary>An empty container, so resolver classes are created by ActivatorUtilities.</summary>
    private sealed class ServiceCollectionProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
