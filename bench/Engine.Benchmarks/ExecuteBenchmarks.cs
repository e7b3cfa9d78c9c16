using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace Engine.Benchmarks;

/// <summary>The in-memory data of the execution benchmarks: 50 products of 5 scalar fields, code-first, sync resolvers.</summary>
public static class BenchSchema
{
    public static Schema Create() => new CodeFirstSchemaBuilder().AddQueryType<BenchQuery>().Build();

    public sealed class BenchQuery
    {
        private static readonly Product[] Items = Enumerable.Range(1, 50)
            .Select(i => new Product(i, $"Product {i}", i * 1.25, i % 2 == 0, i % 3 == 0 ? ProductKind.Digital : ProductKind.Physical))
            .ToArray();

        public IReadOnlyList<Product> Products(int first = 50) => first >= Items.Length ? Items : Items[..first];
    }

    public sealed record Product(int Id, string Name, double Price, bool InStock, ProductKind Kind);

    public enum ProductKind
    {
        Physical,
        Digital,
    }
}

/// <summary>
/// Executing a 50-object × 5-field query through <see cref="RequestExecutor.ExecuteAsync(GraphQLRequest)"/> with the query
/// text, so the parsed and validated document comes from the executor's cache as in production; and the same plus writing
/// the JSON response.
/// </summary>
[MemoryDiagnoser]
public class ExecuteBenchmarks
{
    private const string Query = "query Products { products(first: 50) { id name price inStock kind } }";

    private RequestExecutor _executor = null!;
    private GraphQLRequest _request = null!;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        _executor = new RequestExecutor(BenchSchema.Create());
        _request = new GraphQLRequest { Query = Query };
        var result = (ExecutionResult)_executor.ExecuteAsync(_request).AsTask().GetAwaiter().GetResult();
        if (result.Errors.Count > 0)
        {
            throw new InvalidOperationException("The benchmark query fails: " + result.Errors[0].Message);
        }
    }

    [Benchmark]
    public IExecutionResult Execute() => _executor.ExecuteAsync(_request).AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public int ExecuteAndWriteJson()
    {
        var result = (ExecutionResult)_executor.ExecuteAsync(_request).AsTask().GetAwaiter().GetResult();
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        result.WriteTo(writer);
        writer.Flush();
        return _buffer.WrittenCount;
    }
}

/// <summary>graphql-js's full introspection query (getIntrospectionQuery with every option) against the same schema,
/// executed from the document cache, and with the JSON response written.</summary>
[MemoryDiagnoser]
public class IntrospectionBenchmarks
{
    private RequestExecutor _executor = null!;
    private GraphQLRequest _request = null!;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        _executor = new RequestExecutor(BenchSchema.Create());
        var query = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "IntrospectionQuery.graphql"));
        _request = new GraphQLRequest { Query = query };
        var result = (ExecutionResult)_executor.ExecuteAsync(_request).AsTask().GetAwaiter().GetResult();
        if (result.Errors.Count > 0)
        {
            throw new InvalidOperationException("The introspection query fails: " + result.Errors[0].Message);
        }
    }

    [Benchmark]
    public IExecutionResult Introspect() => _executor.ExecuteAsync(_request).AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public int IntrospectAndWriteJson()
    {
        var result = (ExecutionResult)_executor.ExecuteAsync(_request).AsTask().GetAwaiter().GetResult();
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        result.WriteTo(writer);
        writer.Flush();
        return _buffer.WrittenCount;
    }
}
