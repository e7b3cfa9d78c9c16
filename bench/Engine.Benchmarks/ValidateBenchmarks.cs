using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Validation;

namespace Engine.Benchmarks;

/// <summary>Validating Documents/Representative.graphql against Documents/Schema.graphql with every specified rule,
/// and the whole parse + validate a first-seen document costs.</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private string _source = "";
    private Schema _schema = null!;
    private DocumentNode _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        var documents = Path.Combine(AppContext.BaseDirectory, "Documents");
        _schema = SchemaBuilder.FromSdl(File.ReadAllText(Path.Combine(documents, "Schema.graphql")));
        _source = File.ReadAllText(Path.Combine(documents, "Representative.graphql"));
        _document = Parser.Parse(_source);
        var errors = DocumentValidator.Validate(_schema, _document);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The benchmark document is invalid: " + errors[0].Message);
        }
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate() => DocumentValidator.Validate(_schema, _document);

    [Benchmark]
    public IReadOnlyList<GraphQLError> ParseAndValidate() => DocumentValidator.Validate(_schema, Parser.Parse(_source));
}
