using BenchmarkDotNet.Attributes;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace Engine.Benchmarks;

/// <summary>Parsing and printing the representative 100-line query (Documents/Representative.graphql).</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _source = "";
    private DocumentNode _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "Representative.graphql"));
        _document = Parser.Parse(_source);
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_source);

    [Benchmark]
    public string Print() => Printer.Print(_document);
}
