using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.CodeFirst.Arguments;

/// <summary>How parameters become arguments and classes become input objects, and how argument values reach the parameters.</summary>
public sealed class ArgumentMappingTests
{
    private static readonly Schema Schema = new CodeFirstSchemaBuilder()
        .AddQueryType<ArgumentQuery>()
        .IsService(type => type == typeof(Clock))
        .Build();

    [Fact]
    public void Parameters_become_camelCase_arguments_with_CSharp_defaults() =>
        Schema.Signature("Query.page").Should().Be(
            "page(first: Int! = 10, after: Int, search: String, priority: Priority! = HIGH, rate: Decimal! = 1.5, strict: Boolean! = false, sort: String! = \"name\"): Int!");

    [Fact]
    public void List_arguments_keep_element_nullability() =>
        Schema.Signature("Query.tagged").Should().Be("tagged(tags: [String!]!, any: [String!], maybe: [Int], ids: [UUID!]!): Int!");

    [Fact]
    public void Special_parameters_are_not_arguments() =>
        Schema.Signature("Query.special").Should().Be("special(text: String!): String!");

    [Fact]
    public void ID_arguments_and_attributes_on_parameters()
    {
        Schema.Signature("Query.lookup").Should().Be("lookup(id: ID!, number: ID!, key: ID): String!");
        Schema.Signature("Query.described").Should().Be("described(q: String, old: Int): String!");
        Schema.Field("Query.described").GetArgument("q")!.Description.Should().Be("The search text.");
        Schema.Field("Query.described").GetArgument("old")!.DeprecationReason.Should().Be("Use q.");
    }

    [Fact]
    public void Records_become_input_objects_through_their_constructor()
    {
        Schema.Signature("Query.create").Should().Be("create(input: CreateTaskInput!): String!");
        Schema.InputFields("CreateTaskInput").Should().Equal(
            "title: String!", "priority: Priority! = NORMAL", "subtasks: [SubtaskInput!]", "labels: [String!]", "notes: String");
        Schema.InputFields("SubtaskInput").Should().Equal("title: String!", "done: Boolean!");
    }

    [Fact]
    public void Classes_and_structs_become_input_objects_through_their_setters_named_with_an_Input_suffix()
    {
        Schema.Signature("Query.update").Should().Be("update(change: TaskChangeInput!, range: RangeInput): String!");
        Schema.InputFields("TaskChangeInput").Should().Equal("id: UUID!", "title: String", "grid: [[Int!]!]!", "filter: TaskFilter");
        Schema.InputFields("TaskFilter").Should().Equal("title: String", "and: [TaskFilter!]");
        Schema.InputFields("RangeInput").Should().Equal("from: Int!", "to: Int!");
    }

    [Fact]
    public void OneOf_classes_become_oneOf_input_objects_with_nullable_fields()
    {
        var type = Schema.GetType<InputObjectType>("TaskRefInput")!;
        type.IsOneOf.Should().BeTrue();
        Schema.InputFields("TaskRefInput").Should().Equal("id: UUID", "slug: String");
    }

    [Fact]
    public async Task Scalar_arguments_and_defaults_reach_the_parameters()
    {
        var (result, recorder) = await Resolve("Query.page", CodeFirstTestKit.Args(("first", 3), ("priority", "LOW")));
        result.Should().Be(3);
        recorder.Values.Should().Equal(3, null, null, Priority.Low, 1.5m, false, "name");
    }

    [Fact]
    public async Task List_arguments_become_lists_arrays_and_sets()
    {
        var id = Guid.NewGuid();
        var (_, recorder) = await Resolve("Query.tagged", CodeFirstTestKit.Args(
            ("tags", new object?[] { "a", "b" }), ("any", "single"), ("maybe", new object?[] { 1, null }), ("ids", new object?[] { id.ToString() })));
        recorder.Values[0].Should().BeOfType<List<string>>().Which.Should().Equal("a", "b");
        recorder.Values[1].Should().BeOfType<string[]>().Which.Should().Equal("single");
        recorder.Values[2].Should().BeAssignableTo<IReadOnlyList<int?>>().Which.Should().Equal(1, null);
        recorder.Values[3].Should().BeOfType<HashSet<Guid>>().Which.Should().Equal(id);
    }

    [Fact]
    public async Task ID_arguments_are_parsed_to_the_parameter_type()
    {
        var id = Guid.NewGuid();
        var (_, recorder) = await Resolve("Query.lookup", CodeFirstTestKit.Args(("id", id.ToString()), ("number", "42"), ("key", 7)));
        recorder.Values.Should().Equal(id, 42, "7");
    }

    [Fact]
    public async Task Special_parameters_get_the_token_context_services_and_parent()
    {
        using var cancellation = new CancellationTokenSource();
        var recorder = new Recorder();
        var clock = new Clock();
        var services = new ServiceCollection().AddSingleton(recorder).AddSingleton(clock).BuildServiceProvider();
        var parent = new ArgumentQuery();
        var result = await Schema.ResolveAsync("Query.special", parent, CodeFirstTestKit.Args(("text", "hi")), services, cancellation.Token);
        result.Should().Be("hi");
        recorder.Values[0].Should().Be(cancellation.Token);
        recorder.Values[1].Should().BeAssignableTo<IResolverContext>().Which.Field.Name.Should().Be("special");
        recorder.Values[2].Should().BeSameAs(services);
        recorder.Values[3].Should().BeSameAs(clock);
        recorder.Values[4].Should().BeSameAs(parent);
    }

    [Fact]
    public async Task Records_are_built_from_input_objects_with_nested_lists_and_defaults()
    {
        var (_, recorder) = await Resolve("Query.create", CodeFirstTestKit.Args(("input", new Dictionary<string, object?>
        {
            ["title"] = "Call the customer",
            ["subtasks"] = new object?[] { new Dictionary<string, object?> { ["title"] = "Find number", ["done"] = true } },
            ["notes"] = "soon",
        })));
        var input = recorder.Values[0].Should().BeOfType<CreateTaskInput>().Subject;
        input.Title.Should().Be("Call the customer");
        input.Priority.Should().Be(Priority.Normal);
        input.Subtasks.Should().Equal(new SubtaskInput("Find number", true));
        input.Labels.Should().BeNull();
        input.Notes.Should().Be("soon");
    }

    [Fact]
    public async Task Classes_are_built_through_setters_and_recursive_inputs_work()
    {
        var id = Guid.NewGuid();
        var (_, recorder) = await Resolve("Query.update", CodeFirstTestKit.Args(
            ("change", new Dictionary<string, object?>
            {
                ["id"] = id.ToString(),
                ["grid"] = new object?[] { new object?[] { 1, 2 }, new object?[] { 3 } },
                ["filter"] = new Dictionary<string, object?>
                {
                    ["and"] = new object?[] { new Dictionary<string, object?> { ["title"] = "x" } },
                },
            }),
            ("range", new Dictionary<string, object?> { ["from"] = 1, ["to"] = 5 })));
        var change = recorder.Values[0].Should().BeOfType<TaskChange>().Subject;
        change.Id.Should().Be(id);
        change.Title.Should().Be("unchanged");
        change.Grid.Should().HaveCount(2);
        change.Grid[0].Should().Equal(1, 2);
        change.Filter!.And!.Single().Title.Should().Be("x");
        recorder.Values[1].Should().Be(new Range { From = 1, To = 5 });
    }

    [Fact]
    public async Task OneOf_inputs_are_built_with_the_one_given_field()
    {
        var (_, recorder) = await Resolve("Query.find", CodeFirstTestKit.Args(("by", new Dictionary<string, object?> { ["slug"] = "renewal" })));
        recorder.Values[0].Should().Be(new TaskRef(null, "renewal"));
    }

    private static async Task<(object? Result, Recorder Recorder)> Resolve(string coordinate, Dictionary<string, object?> arguments)
    {
        var recorder = new Recorder();
        var services = new ServiceCollection().AddSingleton(recorder).AddSingleton(new Clock()).BuildServiceProvider();
        var result = await Schema.ResolveAsync(coordinate, null, arguments, services);
        return (result, recorder);
    }
}

/// <summary>Receives what resolvers were given, so tests can check the converted values.</summary>
public sealed class Recorder
{
    public List<object?> Values { get; } = [];

    public void Record(params object?[] values) => Values.AddRange(values);
}

public sealed class Clock;

public enum Priority
{
    Low,
    Normal,
    High,
}

public sealed class ArgumentQuery
{
    public int Page(
        [Service] Recorder recorder,
        int first = 10,
        int? after = null,
        string? search = null,
        Priority priority = Priority.High,
        decimal rate = 1.5m,
        bool strict = false,
        string sort = "name")
    {
        recorder.Record(first, after, search, priority, rate, strict, sort);
        return first;
    }

    public int Tagged([Service] Recorder recorder, List<string> tags, string[]? any, IReadOnlyList<int?>? maybe, HashSet<Guid> ids)
    {
        recorder.Record(tags, any, maybe, ids);
        return tags.Count;
    }

    public string Special(IResolverContext context, IServiceProvider services, Clock clock, [Parent] ArgumentQuery parent, string text, CancellationToken cancellationToken)
    {
        services.GetRequiredService<Recorder>().Record(cancellationToken, context, services, clock, parent);
        return text;
    }

    public string Lookup([Service] Recorder recorder, [ID] Guid id, [ID] int number, [ID] string? key)
    {
        recorder.Record(id, number, key);
        return "ok";
    }

    public string Described([GraphQLName("q")][GraphQLDescription("The search text.")] string? search, [GraphQLDeprecated("Use q.")] int? old) => search + old;

    public string Create([Service] Recorder recorder, CreateTaskInput input)
    {
        recorder.Record(input);
        return input.Title;
    }

    public string Update([Service] Recorder recorder, TaskChange change, Range? range)
    {
        recorder.Record(change, range);
        return "ok";
    }

    public string Find([Service] Recorder recorder, TaskRef by)
    {
        recorder.Record(by);
        return "ok";
    }
}

public sealed record CreateTaskInput(string Title, Priority Priority = Priority.Normal, List<SubtaskInput>? Subtasks = null, IReadOnlyList<string>? Labels = null)
{
    public string? Notes { get; init; }

    public int Computed => 1;
}

public sealed record SubtaskInput(string Title, bool Done);

public sealed class TaskChange
{
    public Guid Id { get; set; }

    public string? Title { get; set; } = "unchanged";

    public List<List<int>> Grid { get; set; } = [];

    public TaskFilter? Filter { get; set; }
}

[GraphQLName("TaskFilter")]
public sealed class TaskFilter
{
    public string? Title { get; set; }

    public List<TaskFilter>? And { get; set; }
}

public struct Range
{
    public int From { get; set; }

    public int To { get; set; }
}

[OneOf]
public sealed record TaskRef(Guid? Id, string? Slug);
