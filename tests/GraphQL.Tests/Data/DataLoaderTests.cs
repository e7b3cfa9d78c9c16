using System.Collections.Concurrent;
using GraphQL.Data.DataLoader;
using GraphQL.Execution;
using GraphQL.Tests.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Data;

/// <summary>Data loaders: one fetch per loader and level whatever the list size, a per-execution cache, errors per key.</summary>
public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Query { authors(count: Int!): [Author!]! author(id: Int!): Author ok: String }
        type Author { id: Int! name: String books: [Book!]! }
        type Book { id: Int! title: String author: Author }
        type Mutation { rename(id: Int!, name: String!): Author }
        type Subscription { authorChanged: Author }
        """;

    private readonly ConcurrentQueue<string> _log = new();
    private readonly ConcurrentDictionary<int, string> _names = new();

    [Fact]
    public async Task Each_level_of_a_list_costs_one_fetch_per_loader_whatever_its_length()
    {
        var schema = CreateSchema();

        var result = await schema.ExecuteAsync("{ authors(count: 40) { name books { title author { name } } } }");

        result.Errors.Should().BeEmpty();
        var fetches = _log.Select(Sorted).ToArray();
        fetches.Should().Equal(
            "names " + string.Join(",", Enumerable.Range(1, 40)),
            "books " + string.Join(",", Enumerable.Range(1, 40)),
            // The books' authors (ids 100..106) are new keys; the cached ones are not fetched again.
            "names 100,101,102,103,104,105,106",
            "titles " + string.Join(",", Enumerable.Range(1, 40).SelectMany(author => new[] { author * 10, author * 10 + 1 })));
    }

    [Fact]
    public async Task Values_are_placed_under_the_right_parents()
    {
        var schema = CreateSchema();

        var result = await schema.ExecuteAsync("{ authors(count: 2) { id name books { id title author { id name } } } }");

        result.ShouldBeJson("""
            { "data": { "authors": [
              { "id": 1, "name": "author 1", "books": [
                { "id": 10, "title": "book 10", "author": { "id": 103, "name": "author 103" } },
                { "id": 11, "title": "book 11", "author": { "id": 104, "name": "author 104" } } ] },
              { "id": 2, "name": "author 2", "books": [
                { "id": 20, "title": "book 20", "author": { "id": 106, "name": "author 106" } },
                { "id": 21, "title": "book 21", "author": { "id": 100, "name": "author 100" } } ] } ] } }
            """);
    }

    [Fact]
    public async Task A_key_asked_twice_in_a_request_is_fetched_once_and_concurrent_root_fields_share_the_batch()
    {
        var schema = CreateSchema();

        var result = await schema.ExecuteAsync("{ a: author(id: 1) { name } b: author(id: 1) { name } c: author(id: 2) { name } }");

        result.ShouldBeJson("""{ "data": { "a": { "name": "author 1" }, "b": { "name": "author 1" }, "c": { "name": "author 2" } } }""");
        _log.Should().Equal("names 1,2");
    }

    [Fact]
    public async Task The_cache_lasts_one_request()
    {
        var schema = CreateSchema();

        await schema.ExecuteAsync("{ author(id: 1) { name } }");
        await schema.ExecuteAsync("{ author(id: 1) { name } }");

        _log.Should().Equal("names 1", "names 1");
    }

    [Fact]
    public async Task A_failed_batch_fails_the_field_of_each_of_its_keys_and_nothing_else()
    {
        var schema = CreateSchema(failNames: true);

        var result = await schema.ExecuteAsync("{ authors(count: 2) { id name } ok }", options: new ExecutionOptions { IncludeExceptionDetails = false });

        result.Data.Should().NotBeNull();
        result.ShouldBeJson("""
            { "errors": [
                { "message": "names are down", "locations": [ { "line": 1, "column": 26 } ], "path": [ "authors", 0, "name" ], "extensions": { "code": "NAMES_DOWN" } },
                { "message": "names are down", "locations": [ { "line": 1, "column": 26 } ], "path": [ "authors", 1, "name" ], "extensions": { "code": "NAMES_DOWN" } } ],
              "data": { "authors": [ { "id": 1, "name": null }, { "id": 2, "name": null } ], "ok": "fine" } }
            """);
    }

    [Fact]
    public async Task A_key_the_batch_does_not_return_is_null_and_a_group_without_rows_is_empty()
    {
        var schema = CreateSchema();

        var result = await schema.ExecuteAsync("{ author(id: -1) { id name books { id } } }");

        result.ShouldBeJson("""{ "data": { "author": { "id": -1, "name": null, "books": [] } } }""");
    }

    [Fact]
    public async Task The_maximum_batch_size_splits_the_keys_into_several_fetches()
    {
        var schema = CreateSchema(maxBatchSize: 2);

        var result = await schema.ExecuteAsync("{ authors(count: 5) { name } }");

        result.Errors.Should().BeEmpty();
        _log.Should().HaveCount(3).And.OnlyContain(line => line.Split(',').Length <= 2);
        _log.Select(Sorted).SelectMany(line => line[6..].Split(',')).Should().BeEquivalentTo(["1", "2", "3", "4", "5"]);
    }

    [Fact]
    public async Task Mutation_fields_stay_serial_each_loading_after_the_previous_one_finished()
    {
        var schema = CreateSchema();
        schema.MutationType!.GetField("rename")!.Resolve(context =>
        {
            var id = context.ArgumentValue<int>("id");
            _log.Enqueue("rename " + id);
            _names[id] = context.ArgumentValue<string>("name");
            return id;
        });

        var result = await schema.ExecuteAsync("""mutation { a: rename(id: 1, name: "Ann") { name } b: rename(id: 2, name: "Bob") { name } }""");

        result.ShouldBeJson("""{ "data": { "a": { "name": "Ann" }, "b": { "name": "Bob" } } }""");
        _log.Should().Equal("rename 1", "names 1", "rename 2", "names 2");
    }

    [Fact]
    public async Task Each_subscription_event_runs_with_its_own_loaders()
    {
        var schema = CreateSchema();
        schema.SubscriptionType!.GetField("authorChanged")!.Resolve(_ => Events(1, 2, 1));

        var subscription = (SubscriptionResult)await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "subscription { authorChanged { name } }" });
        var results = new List<ExecutionResult>();
        await foreach (var result in subscription.ReadResultsAsync())
        {
            results.Add(result);
        }

        results.Select(result => result.ToJson()).Should().Equal(
            """{"data":{"authorChanged":{"name":"author 1"}}}""",
            """{"data":{"authorChanged":{"name":"author 2"}}}""",
            """{"data":{"authorChanged":{"name":"author 1"}}}""");
        _log.Should().Equal("names 1", "names 2", "names 1");
    }

    [Fact]
    public async Task A_loader_class_is_made_once_per_execution_and_loads_many_keys_at_once()
    {
        var schema = SchemaBuilder.FromSdl("type Query { squares(of: [Int!]!): [Int] again: [Int] }");
        schema.QueryType.GetField("squares")!.Resolve(async context =>
            await context.DataLoader<SquareLoader>().LoadAsync(context.ArgumentValue<object[]>("of").Cast<int>()));
        schema.QueryType.GetField("again")!.Resolve(async context =>
            await context.DataLoader<SquareLoader>().LoadAsync([3, 4]));

        var result = await schema.ExecuteAsync("{ squares(of: [1, 2, 3]) again }");

        result.ShouldBeJson("""{ "data": { "squares": [ 1, 4, 9 ], "again": [ 9, 16 ] } }""");
    }

    [Fact]
    public async Task A_loader_used_outside_an_execution_says_how_to_get_one()
    {
        var loader = new SquareLoader();

        var load = () => loader.LoadAsync(2);

        await load.Should().ThrowAsync<InvalidOperationException>().WithMessage("*context.DataLoader<T>()*");
    }

    /// <summary>A fetch's log line with its keys in order: keys of one round queue in no fixed order.</summary>
    private static string Sorted(string line)
    {
        var parts = line.Split(' ');
        return parts[0] + " " + string.Join(",", parts[1].Split(',').Select(int.Parse).Order());
    }

    private Schema CreateSchema(bool failNames = false, int maxBatchSize = 0)
    {
        var schema = SchemaBuilder.FromSdl(Sdl);
        var nameOptions = new DataLoaderOptions { MaxBatchSize = maxBatchSize };
        schema.QueryType.GetField("authors")!.Resolve(context => Enumerable.Range(1, context.ArgumentValue<int>("count")).ToList());
        schema.QueryType.GetField("author")!.Resolve(context => context.ArgumentValue<int>("id"));
        schema.QueryType.GetField("ok")!.Resolve(_ => "fine");
        var author = (ObjectType)schema.GetType("Author")!;
        var book = (ObjectType)schema.GetType("Book")!;
        author.GetField("id")!.Resolve(context => context.Parent<int>());
        author.GetField("name")!.Resolve(async context =>
            await context.BatchLoader<int, string>("names", (keys, _) => FetchNames(keys, failNames), nameOptions).LoadAsync(context.Parent<int>()));
        author.GetField("books")!.Resolve(async context =>
            await context.GroupLoader<int, int>("books", (keys, _) => FetchBooks(keys)).LoadAsync(context.Parent<int>()));
        book.GetField("id")!.Resolve(context => context.Parent<int>());
        book.GetField("title")!.Resolve(async context =>
            await context.BatchLoader<int, string>("titles", (keys, _) => FetchTitles(keys)).LoadAsync(context.Parent<int>()));

        // The author of a book is a key the names loader has not seen (100..106).
        book.GetField("author")!.Resolve(context => 100 + (context.Parent<int>() % 7));
        return schema;
    }

    private async Task<IReadOnlyDictionary<int, string>> FetchNames(IReadOnlyList<int> keys, bool fail)
    {
        _log.Enqueue("names " + string.Join(",", keys));
        await Task.Yield();
        if (fail)
        {
            throw new GraphQLException("names are down", "NAMES_DOWN");
        }

        return keys.Where(key => key > 0).ToDictionary(key => key, key => _names.TryGetValue(key, out var renamed) ? renamed : "author " + key);
    }

    private async Task<ILookup<int, int>> FetchBooks(IReadOnlyList<int> authors)
    {
        _log.Enqueue("books " + string.Join(",", authors));
        await Task.Yield();
        return authors.Where(key => key > 0).SelectMany(key => new[] { (Author: key, Book: key * 10), (Author: key, Book: key * 10 + 1) })
            .ToLookup(pair => pair.Author, pair => pair.Book);
    }

    private async Task<IReadOnlyDictionary<int, string>> FetchTitles(IReadOnlyList<int> keys)
    {
        _log.Enqueue("titles " + string.Join(",", keys));
        await Task.Yield();
        return keys.ToDictionary(key => key, key => "book " + key);
    }

    private static async IAsyncEnumerable<object> Events(params int[] ids)
    {
        foreach (var id in ids)
        {
            await Task.Yield();
            yield return id;
        }
    }

    private sealed class SquareLoader : BatchDataLoader<int, int>
    {
        private int _fetches;

        protected override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            // One instance per execution, one fetch for both root fields.
            Interlocked.Increment(ref _fetches).Should().Be(1);
            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(key => key, key => key * key));
        }
    }
}
