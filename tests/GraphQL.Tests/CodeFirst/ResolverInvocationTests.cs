using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.CodeFirst.Resolvers;

/// <summary>The compiled resolvers: what they run on, how they return, and which fields need none.</summary>
public sealed class ResolverInvocationTests
{
    private static readonly Schema Schema = new CodeFirstSchemaBuilder()
        .AddQueryType<ResolverQuery>()
        .ConfigureObject<Account>(type => type.Field(x => x.Owner).Name("holder"))
        .Build();

    [Fact]
    public async Task Synchronous_results_come_back_completed()
    {
        var value = Schema.Field("Query.greeting").GetResolver()!(Context("Query.greeting"));
        value.IsCompletedSuccessfully.Should().BeTrue();
        (await value).Should().Be("hello");
    }

    [Fact]
    public async Task Completed_tasks_are_unwrapped_without_awaiting()
    {
        var task = Schema.Field("Query.completedTask").GetResolver()!(Context("Query.completedTask"));
        task.IsCompletedSuccessfully.Should().BeTrue();
        (await task).Should().Be(1);
        var valueTask = Schema.Field("Query.completedValueTask").GetResolver()!(Context("Query.completedValueTask"));
        valueTask.IsCompletedSuccessfully.Should().BeTrue();
        (await valueTask).Should().Be(2);
    }

    [Fact]
    public async Task Pending_tasks_and_value_tasks_are_awaited()
    {
        (await Schema.ResolveAsync("Query.slowTask")).Should().Be("task");
        (await Schema.ResolveAsync("Query.slowValueTask")).Should().Be("value task");
    }

    [Fact]
    public async Task Queryables_and_streams_are_returned_as_they_are_for_middleware_and_the_executor()
    {
        (await Schema.ResolveAsync("Query.accounts")).Should().BeAssignableTo<IQueryable<Account>>();
        var stream = (await Schema.ResolveAsync("Query.numbers")).Should().BeAssignableTo<IAsyncEnumerable<int>>().Subject;
        (await stream.ToListAsync()).Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task Enum_results_stay_clr_members_the_enum_type_serializes()
    {
        var value = await Schema.ResolveAsync("Query.level");
        value.Should().Be(Level.VeryHigh);
        Schema.GetType<EnumType>("Level")!.CoerceOutputValue(value!).Should().Be("VERY_HIGH");
    }

    [Fact]
    public async Task Json_documents_are_handed_on_as_their_root_element()
    {
        var value = await Schema.ResolveAsync("Query.settings");
        value.Should().BeOfType<JsonElement>().Which.GetProperty("theme").GetString().Should().Be("dark");
        var list = await Schema.ResolveAsync("Query.documents");
        list.Should().BeAssignableTo<IEnumerable<object?>>().Which.Should().AllBeOfType<JsonElement>();
    }

    [Fact]
    public async Task Properties_the_default_resolver_finds_get_no_resolver_and_others_get_a_compiled_one()
    {
        var account = new Account { Name = "acme", Owner = "ann" };
        Schema.Field("Account.name").GetResolver().Should().BeNull();
        Schema.Field("Account.holder").GetResolver().Should().NotBeNull();
        (await Schema.ResolveAsync("Account.name", account)).Should().Be("acme");
        (await Schema.ResolveAsync("Account.holder", account)).Should().Be("ann");
    }

    [Fact]
    public async Task Methods_of_object_types_run_on_the_parent()
    {
        var account = new Account { Name = "acme", Owner = "ann" };
        (await Schema.ResolveAsync("Account.display", account, CodeFirstTestKit.Args(("upper", true)))).Should().Be("ACME (ANN)");
    }

    [Fact]
    public async Task Static_methods_run_without_an_instance() =>
        (await Schema.ResolveAsync("Query.version")).Should().Be("1.0");

    [Fact]
    public async Task Resolver_classes_come_from_the_services_or_are_created_with_their_dependencies()
    {
        var registered = new ResolverQuery(new Greeter("registered"));
        var withInstance = new ServiceCollection().AddSingleton(registered).BuildServiceProvider();
        (await Schema.ResolveAsync("Query.greeting", services: withInstance)).Should().Be("registered");

        var withDependency = new ServiceCollection().AddSingleton(new Greeter("created")).BuildServiceProvider();
        (await Schema.ResolveAsync("Query.greeting", services: withDependency)).Should().Be("created");

        (await Schema.ResolveAsync("Query.greeting")).Should().Be("hello");
    }

    [Fact]
    public async Task A_root_value_of_the_resolver_class_is_used_as_the_instance() =>
        (await Schema.ResolveAsync("Query.greeting", new ResolverQuery(new Greeter("root")))).Should().Be("root");

    [Fact]
    public async Task Exceptions_of_the_method_propagate_to_the_field_boundary()
    {
        await FluentActions.Awaiting(() => Schema.ResolveAsync("Query.fail")).Should().ThrowAsync<InvalidOperationException>().WithMessage("boom");
        await FluentActions.Awaiting(() => Schema.ResolveAsync("Query.failLater")).Should().ThrowAsync<InvalidOperationException>().WithMessage("later");
    }

    [Fact]
    public async Task A_missing_required_service_is_reported_by_the_container() =>
        await FluentActions.Awaiting(() => Schema.ResolveAsync("Query.needsService")).Should().ThrowAsync<InvalidOperationException>();

    [Fact]
    public async Task An_optional_service_may_be_missing() =>
        (await Schema.ResolveAsync("Query.mayUseService")).Should().Be("none");

    private static TestResolverContext Context(string coordinate) => new() { Field = Schema.Field(coordinate) };
}

public sealed record Greeter(string Text);

public enum Level
{
    Low,
    VeryHigh,
}

public sealed class Account
{
    public required string Name { get; init; }

    public required string Owner { get; init; }

    public string Display(bool upper = false) => upper ? $"{Name} ({Owner})".ToUpperInvariant() : $"{Name} ({Owner})";
}

public sealed class ResolverQuery(Greeter? greeter = null)
{
    public string Greeting => greeter?.Text ?? "hello";

    public static string Version => "1.0";

    public Level Level => Level.VeryHigh;

    public JsonDocument Settings => JsonDocument.Parse("""{ "theme": "dark" }""");

    public List<JsonDocument> Documents => [JsonDocument.Parse("1"), JsonDocument.Parse("[]")];

    public Task<int> CompletedTask() => Task.FromResult(1);

    public ValueTask<int> CompletedValueTask() => new(2);

    public async Task<string> SlowTask()
    {
        await Task.Yield();
        return "task";
    }

    public async ValueTask<string> SlowValueTask()
    {
        await Task.Yield();
        return "value task";
    }

    public IQueryable<Account> Accounts() => new[] { new Account { Name = "a", Owner = "b" } }.AsQueryable();

    public async IAsyncEnumerable<int> Numbers()
    {
        for (var i = 1; i <= 3; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    public string Fail() => throw new InvalidOperationException("boom");

    public async Task<string> FailLater()
    {
        await Task.Yield();
        throw new InvalidOperationException("later");
    }

    public string NeedsService([Service] Greeter greeter) => greeter.Text;

    public string MayUseService([Service] Greeter? greeter) => greeter?.Text ?? "none";
}
