using System.Text.Json;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Tests.CodeFirst.Output;

/// <summary>How properties and methods become fields: names, scalar types, nullability, lists, enums, attributes.</summary>
public sealed class OutputMappingTests
{
    private static readonly Schema Schema = new CodeFirstSchemaBuilder().AddQueryType<OutputQuery>().Build();

    [Theory]
    [InlineData("text", "String!")]
    [InlineData("maybeText", "String")]
    [InlineData("small", "Int!")]
    [InlineData("tiny", "Int!")]
    [InlineData("count", "Int!")]
    [InlineData("maybeCount", "Int")]
    [InlineData("big", "Long!")]
    [InlineData("flag", "Boolean!")]
    [InlineData("ratio", "Float!")]
    [InlineData("single", "Float!")]
    [InlineData("money", "Decimal!")]
    [InlineData("uuid", "UUID!")]
    [InlineData("instant", "DateTime!")]
    [InlineData("local", "DateTime!")]
    [InlineData("day", "Date!")]
    [InlineData("element", "JSON!")]
    [InlineData("document", "JSON")]
    public void Clr_types_map_to_scalars(string field, string type) => Schema.Field("Query." + field).Type.ToString().Should().Be(type);

    [Theory]
    [InlineData("tags", "[String!]!")]
    [InlineData("looseTags", "[String]")]
    [InlineData("matrix", "[[String!]!]!")]
    [InlineData("nested", "[[Int]!]")]
    [InlineData("items", "[Item!]!")]
    [InlineData("queryable", "[Item!]!")]
    [InlineData("stream", "[Item!]!")]
    [InlineData("set", "[Int!]!")]
    public void Collections_map_to_lists_with_element_nullability(string field, string type) =>
        Schema.Field("Query." + field).Type.ToString().Should().Be(type);

    [Theory]
    [InlineData("item", "Item!")]
    [InlineData("findItem", "Item")]
    [InlineData("items2", "[Item!]!")]
    [InlineData("run", "String!")]
    public void Task_and_ValueTask_unwrap_and_methods_lose_Get_and_Async(string field, string type) =>
        Schema.Field("Query." + field).Type.ToString().Should().Be(type);

    [Fact]
    public void Enums_become_enum_types_with_UPPER_SNAKE_values_bound_to_the_members()
    {
        Schema.Field("Query.state").Type.ToString().Should().Be("TaskState!");
        var type = Schema.GetType<EnumType>("TaskState")!;
        type.Values.Select(value => value.Name).Should().Equal("PENDING", "IN_PROGRESS", "HTTP_ERROR", "DONE_AT_LAST");
        type.GetValue("IN_PROGRESS")!.Value.Should().Be(TaskState.InProgress);
        type.GetValue("DONE_AT_LAST")!.Description.Should().Be("Finally.");
        type.GetValue("HTTP_ERROR")!.DeprecationReason.Should().Be("Use PENDING.");
        type.CoerceOutputValue(TaskState.InProgress).Should().Be("IN_PROGRESS");
    }

    [Fact]
    public void ID_is_forced_by_attribute_keeping_lists_and_nullability()
    {
        Schema.Field("Query.id").Type.ToString().Should().Be("ID!");
        Schema.Field("Query.ids").Type.ToString().Should().Be("[ID!]!");
        Schema.Field("Query.key").Type.ToString().Should().Be("ID");
    }

    [Fact]
    public void Names_descriptions_deprecations_and_nullability_overrides_come_from_attributes()
    {
        Schema.FieldNames("Query").Should().Contain("renamed").And.NotContain(["original", "hidden", "toString", "equals"]);
        Schema.Field("Query.described").Description.Should().Be("A described field.");
        Schema.Field("Query.old").DeprecationReason.Should().Be("Use renamed.");
        Schema.Field("Query.older").DeprecationReason.Should().Be("Gone.");
        Schema.Field("Query.forcedNonNull").Type.ToString().Should().Be("String!");
        Schema.Field("Query.forcedNullable").Type.ToString().Should().Be("Int");
        Schema.GetType("Item")!.Description.Should().Be("Something in a list.");
    }

    [Fact]
    public void Object_types_come_from_classes_records_and_generic_types()
    {
        Schema.FieldNames("Item").Should().Equal("name", "weight", "label");
        Schema.Field("Query.page").Type.ToString().Should().Be("ItemPage!");
        Schema.FieldNames("ItemPage").Should().Equal("items", "total");
        Schema.Field("ItemPage.items").Type.ToString().Should().Be("[Item!]!");
        Schema.Field("Query.point").Type.ToString().Should().Be("Point!");
        Schema.FieldNames("Point").Should().Equal("x", "y");
    }

    [Fact]
    public void Void_methods_of_object_types_are_behavior_not_fields() =>
        Schema.FieldNames("Item").Should().NotContain(["rename", "touch"]);

    [Fact]
    public void Code_first_types_record_their_clr_types_and_members()
    {
        CodeFirstFeatures.GetClrType(Schema.GetType("Item")!).Should().Be<Item>();
        CodeFirstFeatures.GetClrType(Schema.GetType("TaskState")!).Should().Be<TaskState>();
        CodeFirstFeatures.GetMember(Schema.Field("Item.name")).Should().Be(typeof(Item).GetProperty(nameof(Item.Name)));
        Schema.GetType<ObjectType>("Item")!.Features.Should().ContainKey("GraphQL.Execution.ClrTypes");
    }

    [Fact]
    public void Provided_scalars_are_the_shared_instances() =>
        Schema.GetType("UUID").Should().BeSameAs(Scalars.Uuid);
}

public sealed class OutputQuery
{
    public string Text => "";

    public string? MaybeText => null;

    public short Small => 1;

    public byte Tiny => 1;

    public int Count => 1;

    public int? MaybeCount => null;

    public long Big => 1;

    public bool Flag => true;

    public double Ratio => 1;

    public float Single => 1;

    public decimal Money => 1;

    public Guid Uuid => Guid.Empty;

    public DateTimeOffset Instant => default;

    public DateTime Local => default;

    public DateOnly Day => default;

    public JsonElement Element => default;

    public JsonDocument? Document => null;

    public List<string> Tags => [];

    public List<string?>? LooseTags => null;

    public string[][] Matrix => [];

    public List<List<int?>>? Nested => null;

    public IEnumerable<Item> Items => [];

    public IQueryable<Item> Queryable => Array.Empty<Item>().AsQueryable();

    public IAsyncEnumerable<Item> Stream => AsyncEnumerable.Empty<Item>();

    public HashSet<int> Set => [];

    public TaskState State => TaskState.Pending;

    [ID]
    public Guid Id => Guid.Empty;

    [ID]
    public List<int> Ids => [];

    [GraphQLType(typeof(IdType))]
    public string? Key => null;

    [GraphQLName("renamed")]
    public int Original => 1;

    [GraphQLIgnore]
    public int Hidden => 1;

    [GraphQLDescription("A described field.")]
    public int Described => 1;

    [GraphQLDeprecated("Use renamed.")]
    public int Old => 1;

    [Obsolete("Gone.")]
    public int Older => 1;

    [GraphQLNonNull]
    public string? ForcedNonNull => "";

    [GraphQLNullable]
    public int ForcedNullable => 1;

    public ItemPage Page => new();

    public Point Point => new(1, 2);

    public Task<Item> GetItemAsync() => Task.FromResult(new Item("a", 1));

    public ValueTask<Item?> FindItemAsync() => default;

    [GraphQLName("items2")]
    public Task<List<Item>> GetItemsAsync() => Task.FromResult(new List<Item>());

    public Task<string> RunAsync() => Task.FromResult("ran");
}

[GraphQLDescription("Something in a list.")]
public sealed record Item(string Name, int Weight)
{
    public string Label => Name + Weight;

    public void Rename(string name) => _ = name;

    public Task Touch() => Task.CompletedTask;
}

[GraphQLName("ItemPage")]
public sealed class ItemPage
{
    public List<Item> Items { get; } = [];

    public int Total { get; }
}

public readonly record struct Point(int X, int Y);

public enum TaskState
{
    Pending,
    InProgress,
    [GraphQLDeprecated("Use PENDING.")]
    HTTPError,
    [GraphQLName("DONE_AT_LAST")]
    [GraphQLDescription("Finally.")]
    Done,
}
