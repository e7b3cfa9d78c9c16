using GraphQL.Execution;

namespace GraphQL.Tests.Execution;

/// <summary>The parse stage caches documents by the SHA-256 of their text, in a bounded cache.</summary>
public sealed class DocumentCacheTests
{
    [Fact]
    public void The_same_text_gives_the_same_prepared_document()
    {
        var stage = new ParseStage(ExecutionOptions.Default);

        stage.TryGetDocument(new GraphQLRequest { Query = "{ dog { name } }" }, out var first, out _).Should().BeTrue();
        stage.TryGetDocument(new GraphQLRequest { Query = "{ dog { name } }" }, out var second, out _).Should().BeTrue();
        stage.TryGetDocument(new GraphQLRequest { Query = "{ dog { id } }" }, out var other, out _).Should().BeTrue();

        second.Should().BeSameAs(first);
        other.Should().NotBeSameAs(first);
    }

    [Fact]
    public void A_pre_parsed_document_is_prepared_once()
    {
        var stage = new ParseStage(ExecutionOptions.Default);
        var document = GraphQL.Language.Parser.Parse("{ dog { name } }");

        stage.TryGetDocument(new GraphQLRequest { Document = document }, out var first, out _);
        stage.TryGetDocument(new GraphQLRequest { Document = document }, out var second, out _);

        second.Should().BeSameAs(first);
        first!.Document.Should().BeSameAs(document);
    }

    [Fact]
    public void The_cache_stays_within_its_capacity_dropping_the_least_recently_used()
    {
        var cache = new DocumentCache(8);
        var documents = Enumerable.Range(0, 8).Select(i => Add(cache, i)).ToList();
        Thread.Sleep(20);
        cache.TryGet(DocumentHash.Compute("{ f0 }"), out _).Should().BeTrue();

        Add(cache, 8);

        cache.Count.Should().BeLessThanOrEqualTo(8);
        cache.TryGet(DocumentHash.Compute("{ f0 }"), out _).Should().BeTrue("it was used most recently");
        cache.TryGet(DocumentHash.Compute("{ f8 }"), out _).Should().BeTrue("it was just added");
        documents.Should().HaveCount(8);
    }

    [Fact]
    public void The_hash_is_the_sha256_of_the_utf8_text()
    {
        DocumentHash.Compute("{ a }").ToString().Should().Be("1c7e1e347f726166b5b1c55afd61f278cc9b45e00c108ec33d540a566379811b");
        DocumentHash.Compute("{ é }").Should().NotBe(DocumentHash.Compute("{ e }"));
        DocumentHash.Compute(new string('x', 5000)).Should().Be(DocumentHash.Compute(new string('x', 5000)));
    }

    [Fact]
    public void A_syntax_error_is_not_cached()
    {
        var stage = new ParseStage(ExecutionOptions.Default);

        stage.TryGetDocument(new GraphQLRequest { Query = "{" }, out _, out var error).Should().BeFalse();

        error!.Code.Should().Be(ErrorCodes.ParseFailed);
    }

    private static PreparedDocument Add(DocumentCache cache, int i)
    {
        var text = $"{{ f{i} }}";
        return cache.Add(DocumentHash.Compute(text), new PreparedDocument(GraphQL.Language.Parser.Parse(text)));
    }
}
