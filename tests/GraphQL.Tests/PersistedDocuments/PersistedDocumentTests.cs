using GraphQL.Execution;
using GraphQL.PersistedDocuments;
using GraphQL.Tests.Execution;

namespace GraphQL.Tests.PersistedDocuments;

/// <summary>Trusted documents named by <c>documentId</c>, Apollo's <c>persistedQuery</c> extension and automatic persisted queries.</summary>
public sealed class PersistedDocumentTests
{
    private const string DogName = "{ dog { name } }";

    private static readonly string DogNameHash = DocumentHash.Compute(DogName).ToString();

    [Fact]
    public async Task Trusted_only_mode_rejects_a_query_text_and_runs_a_stored_document()
    {
        var executor = Executor(trustedOnly: true);

        var adHoc = await RunAsync(executor, new GraphQLRequest { Query = DogName });
        var stored = await RunAsync(executor, new GraphQLRequest { DocumentId = "sha256:" + DogNameHash });

        adHoc.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.PersistedDocumentRequired);
        adHoc.HasData.Should().BeFalse();
        stored.ShouldBeJson("""{ "data": { "dog": { "name": "Rex" } } }""");
    }

    [Fact]
    public async Task Trusted_only_mode_does_not_run_an_unknown_document_sent_with_its_own_hash()
    {
        var executor = Executor(trustedOnly: true);
        const string query = "{ dog { barkVolume } }";

        var result = await RunAsync(executor, new GraphQLRequest { Query = query, DocumentId = "sha256:" + DocumentHash.Compute(query) });

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.PersistedDocumentNotFound);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_persisted_query_extension_names_a_stored_document_too(bool twice)
    {
        var executor = Executor(trustedOnly: true);
        var request = new GraphQLRequest { Extensions = PersistedQuery(DogNameHash) };

        var result = await RunAsync(executor, request);
        if (twice)
        {
            // The second time the document comes from the parse cache, not the store.
            result = await RunAsync(executor, request);
        }

        result.ShouldBeJson("""{ "data": { "dog": { "name": "Rex" } } }""");
    }

    [Theory]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000", ErrorCodes.PersistedDocumentNotFound)]
    [InlineData("md5:abc", ErrorCodes.BadRequest)]
    [InlineData("sha256:xyz", ErrorCodes.BadRequest)]
    public async Task An_unknown_or_malformed_id_is_a_clear_error(string id, string code)
    {
        var result = await RunAsync(Executor(trustedOnly: false), new GraphQLRequest { DocumentId = id });

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(code);
        result.HasData.Should().BeFalse();
    }

    [Fact]
    public async Task A_bare_hex_id_is_read_as_sha256()
    {
        var result = await RunAsync(Executor(trustedOnly: false), new GraphQLRequest { DocumentId = DogNameHash.ToUpperInvariant() });

        result.ShouldBeJson("""{ "data": { "dog": { "name": "Rex" } } }""");
    }

    [Fact]
    public async Task Automatic_persisted_queries_round_trip_not_found_register_hit()
    {
        var store = new InMemoryDocumentStore();
        var executor = new RequestExecutor(Pets.CreateSchema(), new ExecutionOptions
        {
            PersistedDocuments = new PersistedDocumentOptions { Store = store, AutomaticPersistedQueries = true },
            DocumentCacheSize = 0,
        });
        const string query = "{ cat { name } }";
        var hash = DocumentHash.Compute(query).ToString();

        var first = await RunAsync(executor, new GraphQLRequest { Extensions = PersistedQuery(hash) });
        var register = await RunAsync(executor, new GraphQLRequest { Query = query, Extensions = PersistedQuery(hash) });
        var hit = await RunAsync(executor, new GraphQLRequest { Extensions = PersistedQuery(hash) });

        first.Errors.Should().ContainSingle().Which.Should().Match<GraphQLError>(e => e.Message == "PersistedQueryNotFound" && e.Code == ErrorCodes.PersistedQueryNotFound);
        register.ShouldBeJson("""{ "data": { "cat": { "name": "Tom" } } }""");
        (await store.TryGetAsync(hash, default)).Should().Be(query);
        hit.ShouldBeJson("""{ "data": { "cat": { "name": "Tom" } } }""");
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_query_is_rejected_and_not_stored()
    {
        var store = new InMemoryDocumentStore();
        var executor = new RequestExecutor(Pets.CreateSchema(), new ExecutionOptions
        {
            PersistedDocuments = new PersistedDocumentOptions { Store = store, AutomaticPersistedQueries = true },
        });

        var result = await RunAsync(executor, new GraphQLRequest { Query = "{ cat { name } }", Extensions = PersistedQuery(DogNameHash) });

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.BadRequest);
        store.Count.Should().Be(0);
    }

    [Fact]
    public async Task Trusted_only_mode_never_registers_automatic_persisted_queries()
    {
        var store = new InMemoryDocumentStore();
        var executor = new RequestExecutor(Pets.CreateSchema(), new ExecutionOptions
        {
            PersistedDocuments = new PersistedDocumentOptions { Store = store, AutomaticPersistedQueries = true, TrustedDocumentsOnly = true },
        });
        const string query = "{ cat { name } }";
        var hash = DocumentHash.Compute(query).ToString();

        var register = await RunAsync(executor, new GraphQLRequest { Query = query, Extensions = PersistedQuery(hash) });

        register.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.PersistedDocumentNotFound);
        store.Count.Should().Be(0);
    }

    [Fact]
    public void A_folder_of_graphql_files_and_manifests_loads_with_hashes_checked()
    {
        var folder = Directory.CreateTempSubdirectory("persisted-documents").FullName;
        try
        {
            const string other = "{ cat { name } }";
            File.WriteAllText(Path.Combine(folder, DogNameHash + ".graphql"), DogName);
            File.WriteAllText(Path.Combine(folder, "persisted-documents.json"), $$"""{ "sha256:{{DocumentHash.Compute(other)}}": "{ cat { name } }" }""");
            var store = new InMemoryDocumentStore();

            DocumentFolder.LoadInto(store, folder).Should().Be(2);

            File.WriteAllText(Path.Combine(folder, "wrong.json"), $$"""{ "{{DogNameHash}}": "{ cat { name } }" }""");
            var load = () => DocumentFolder.LoadInto(new InMemoryDocumentStore(), folder);
            load.Should().Throw<InvalidDataException>().WithMessage("*wrong.json*");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static RequestExecutor Executor(bool trustedOnly)
    {
        var store = new InMemoryDocumentStore();
        store.Add(DogName);
        return new RequestExecutor(Pets.CreateSchema(), new ExecutionOptions
        {
            PersistedDocuments = new PersistedDocumentOptions { Store = store, TrustedDocumentsOnly = trustedOnly },
        });
    }

    private static Dictionary<string, object?> PersistedQuery(string hash) => new(StringComparer.Ordinal)
    {
        ["persistedQuery"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["version"] = 1, ["sha256Hash"] = hash },
    };

    private static async Task<ExecutionResult> RunAsync(RequestExecutor executor, GraphQLRequest request) =>
        (ExecutionResult)await executor.ExecuteAsync(request);
}
