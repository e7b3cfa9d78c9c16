using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using GraphQL.Data.GlobalIds;
using GraphQL.Execution;
using GraphQL.Tests.CodeFirst;
using GraphQL.Tests.Execution;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Tests.Data;

/// <summary>Relay global object identification: opaque IDs, <c>Node</c>, <c>node</c> and <c>nodes</c>, and IDs checked by type.</summary>
public sealed class GlobalIdTests
{
    private static readonly Guid AdaId = Guid.Parse("0b7e2d5c-52a4-4f5e-9d1e-2f3c4b5a6d7e");
    private static readonly Guid GraceId = Guid.Parse("1c8f3e6d-63b5-4a6f-8e2f-3a4d5c6b7e8f");

    private readonly ConcurrentQueue<string> _fetches = new();

    [Theory]
    [InlineData("Author", "0b7e2d5c-52a4-4f5e-9d1e-2f3c4b5a6d7e")]
    [InlineData("Book", "42")]
    [InlineData("Page", "9000000000")]
    [InlineData("Tag", "a:b c/é")]
    public void An_id_decodes_to_its_type_and_key(string typeName, string key)
    {
        object typedKey = typeName switch
        {
            "Author" => Guid.Parse(key),
            "Book" => int.Parse(key, System.Globalization.CultureInfo.InvariantCulture),
            "Page" => long.Parse(key, System.Globalization.CultureInfo.InvariantCulture),
            _ => key,
        };

        var id = GlobalId.Encode(typeName, typedKey);

        GlobalId.TryDecode(id, out var decoded).Should().BeTrue();
        decoded.Should().Be(new GlobalId(typeName, key));
        id.Should().NotContainAny("+", "/", "=");
    }

    [Fact]
    public void An_id_is_the_base64url_of_type_name_and_key()
    {
        GlobalId.Encode("Book", 42).Should().Be(Convert.ToBase64String(Encoding.UTF8.GetBytes("Book:42")).TrimEnd('='));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("Qm9vaw")] // "Book": no key
    [InlineData("OjQy")] // ":42": no type
    public void What_is_not_an_id_does_not_decode(string id)
    {
        GlobalId.TryDecode(id, out _).Should().BeFalse();
    }

    [Fact]
    public void A_key_of_another_kind_or_an_id_of_another_type_is_an_invalid_id()
    {
        var wrongType = () => GlobalId.DecodeKey<Guid>(GlobalId.Encode("Book", 42), "Author");
        var wrongKind = () => GlobalId.DecodeKey<Guid>(GlobalId.Encode("Author", "x"), "Author");

        wrongType.Should().Throw<GraphQLException>().Which.Errors.Single().Should()
            .Match<GraphQLError>(error => error.Code == ErrorCodes.InvalidId && error.Message.Contains("not an ID of a Author", StringComparison.Ordinal));
        wrongKind.Should().Throw<GraphQLException>().Which.Errors.Single().Code.Should().Be(ErrorCodes.InvalidId);
        GlobalId.DecodeKey<Guid>(GlobalId.Encode("Author", AdaId), "Author").Should().Be(AdaId);
    }

    [Fact]
    public async Task Node_fetches_the_object_of_an_id_and_its_id_field_gives_the_id()
    {
        var schema = CreateSchema();
        var id = GlobalId.Encode("GlobalIdAuthor", AdaId);

        var result = await schema.ExecuteAsync($$"""{ node(id: "{{id}}") { __typename id ... on GlobalIdAuthor { name } } }""");

        result.ShouldBeJson($$"""{ "data": { "node": { "__typename": "GlobalIdAuthor", "id": "{{id}}", "name": "Ada" } } }""");
    }

    [Fact]
    public async Task Nodes_of_mixed_types_are_fetched_once_per_type_and_unknown_ids_are_null()
    {
        var schema = CreateSchema();
        string[] ids =
        [
            GlobalId.Encode("GlobalIdBook", 7),
            GlobalId.Encode("GlobalIdAuthor", AdaId),
            GlobalId.Encode("GlobalIdAuthor", Guid.NewGuid()), // deleted
            GlobalId.Encode("Nothing", 1), // no such node type
            GlobalId.Encode("GlobalIdAuthor", GraceId),
        ];

        var result = await schema.ExecuteAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on GlobalIdAuthor { name } ... on GlobalIdBook { title } } }",
            variables: new Dictionary<string, object?> { ["ids"] = ids });

        result.ShouldBeJson("""
            { "data": { "nodes": [
              { "__typename": "GlobalIdBook", "title": "Notes" },
              { "__typename": "GlobalIdAuthor", "name": "Ada" },
              null,
              null,
              { "__typename": "GlobalIdAuthor", "name": "Grace" } ] } }
            """);
        _fetches.Should().HaveCount(2).And.Contain("books 7").And.ContainSingle(line => line.StartsWith("authors ", StringComparison.Ordinal) && line.Split(',').Length == 3);
    }

    [Fact]
    public async Task A_foreign_key_marked_with_its_node_type_gives_the_referenced_objects_id()
    {
        var schema = CreateSchema();
        var book = GlobalId.Encode("GlobalIdBook", 7);

        var result = await schema.ExecuteAsync($$"""{ node(id: "{{book}}") { ... on GlobalIdBook { authorId } } }""");

        result.ShouldBeJson($$"""{ "data": { "node": { "authorId": "{{GlobalId.Encode("GlobalIdAuthor", AdaId)}}" } } }""");
        schema.Field("GlobalIdBook.authorId").Type.ToString().Should().Be("ID");
    }

    [Fact]
    public async Task A_malformed_id_is_an_invalid_id_error()
    {
        var schema = CreateSchema();

        var result = await schema.ExecuteAsync("""{ node(id: "nonsense!") { id } }""");

        result.ShouldBeJson("""
            { "errors": [ { "message": "\"nonsense!\" is not a valid ID.", "locations": [ { "line": 1, "column": 3 } ], "path": [ "node" ], "extensions": { "code": "INVALID_ID" } } ],
              "data": { "node": null } }
            """);
    }

    [Fact]
    public async Task An_argument_that_takes_ids_of_one_type_rejects_ids_of_another()
    {
        var schema = CreateSchema();
        var bookId = GlobalId.Encode("GlobalIdBook", 7);

        var result = await schema.ExecuteAsync($$"""{ authorName(id: "{{bookId}}") }""");

        result.Errors.Single().Code.Should().Be(ErrorCodes.InvalidId);
        result.Errors.Single().Message.Should().Be($"\"{bookId}\" is not an ID of a GlobalIdAuthor.");
    }

    [Fact]
    public async Task A_code_first_argument_marked_with_its_node_type_receives_the_decoded_key()
    {
        var schema = CreateSchema();
        var author = GlobalId.Encode("GlobalIdAuthor", AdaId);
        var book = GlobalId.Encode("GlobalIdBook", 7);

        var result = await schema.ExecuteAsync($$"""{ authorKey(id: "{{author}}") bookKeys(ids: ["{{book}}"]) wrong: authorKey(id: "{{book}}") }""");

        result.Data!["authorKey"].Should().Be(AdaId.ToString("D"));
        result.ToJson().Should().Contain("\"bookKeys\":[7]");
        result.Errors.Should().ContainSingle().Which.Should().Match<GraphQLError>(error =>
            error.Code == ErrorCodes.InvalidId && error.Path!.SequenceEqual(new object[] { "wrong" }));
        schema.Field("Query.authorKey").GetArgument("id")!.Type.ToString().Should().Be("ID!");
    }

    [Fact]
    public async Task Introspection_shows_node_its_implementations_and_the_root_fields()
    {
        var schema = CreateSchema();

        var result = await schema.ExecuteAsync("""{ __type(name: "Node") { kind fields { name } possibleTypes { name } } }""");

        result.ShouldBeJson("""
            { "data": { "__type": { "kind": "INTERFACE", "fields": [ { "name": "id" } ],
              "possibleTypes": [ { "name": "GlobalIdAuthor" }, { "name": "GlobalIdBook" } ] } } }
            """);
        schema.Field("Query.node").Type.ToString().Should().Be("Node");
        schema.Field("Query.nodes").Type.ToString().Should().Be("[Node]!");
        schema.Field("Query.nodes").GetArgument("ids")!.Type.ToString().Should().Be("[ID!]!");
        schema.Field("GlobalIdAuthor.id").Type.ToString().Should().Be("ID!");
    }

    [Fact]
    public void The_id_field_keeps_the_key_property_as_its_member()
    {
        var schema = CreateSchema();

        CodeFirstFeatures.GetMember(schema.Field("GlobalIdAuthor.id")).Should().BeAssignableTo<PropertyInfo>()
            .Which.Name.Should().Be(nameof(GlobalIdAuthor.Id));
    }

    private Schema CreateSchema()
    {
        var authors = new Dictionary<Guid, GlobalIdAuthor> { [AdaId] = new() { Id = AdaId, Name = "Ada" }, [GraceId] = new() { Id = GraceId, Name = "Grace" } };
        var books = new Dictionary<int, GlobalIdBook> { [7] = new() { Id = 7, Title = "Notes", AuthorId = AdaId } };
        return new CodeFirstSchemaBuilder()
            .AddQueryType<GlobalIdQuery>()
            .AddGlobalObjectIdentification()
            .AddNodeType<GlobalIdAuthor, Guid>(author => author.Id, (keys, _, _) =>
            {
                _fetches.Enqueue("authors " + string.Join(",", keys));
                return Task.FromResult<IReadOnlyDictionary<Guid, GlobalIdAuthor>>(keys.Where(authors.ContainsKey).ToDictionary(key => key, key => authors[key]));
            })
            .AddNodeType<GlobalIdBook, int>(book => book.Id, (keys, _, _) =>
            {
                _fetches.Enqueue("books " + string.Join(",", keys));
                return Task.FromResult<IReadOnlyDictionary<int, GlobalIdBook>>(keys.Where(books.ContainsKey).ToDictionary(key => key, key => books[key]));
            })
            .ConfigureSchema(builder => builder.ConfigureType<ObjectType>("Query", query =>
            {
                query.AddField(new FieldDefinition("authorName", Scalars.String))
                    .AddArgument(new InputValueDefinition("id", new NonNullType(Scalars.ID)))
                    .Resolve(context => authors.GetValueOrDefault(context.IdArgument<Guid>("id", "GlobalIdAuthor"))?.Name);
            }))
            .Build();
    }
}

public sealed class GlobalIdQuery
{
    public static string Version => "1";

    public static string? AuthorKey([ID(nameof(GlobalIdAuthor))] Guid id) => id.ToString("D");

    public static int[] BookKeys([ID(nameof(GlobalIdBook))] int[] ids) => ids;
}

public sealed class GlobalIdAuthor
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}

public sealed class GlobalIdBook
{
    public int Id { get; set; }

    [ID(nameof(GlobalIdAuthor))]
    public Guid? AuthorId { get; set; }

    public string Title { get; set; } = "";
}
