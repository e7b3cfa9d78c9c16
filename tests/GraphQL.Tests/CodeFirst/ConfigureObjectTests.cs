using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Tests.CodeFirst.Configuration;

/// <summary><see cref="CodeFirstSchemaBuilder.ConfigureObject{T}"/>: names, ignored members, renamed and computed fields.</summary>
public sealed class ConfigureObjectTests
{
    private static readonly Schema Schema = new CodeFirstSchemaBuilder()
        .AddQueryType<ConfiguredQuery>()
        .ConfigureObject<Customer>(type => type
            .Name("Client")
            .Description("A paying organization.")
            .Ignore(x => x.Secret)
            .Ignore(x => x.GetInternalScore())
            .Field(x => x.Foo).Name("bar").Description("Renamed.").Deprecated("Use baz.")
            .Field(x => x.Nickname).NonNull()
            .Field("computed", context => context.Parent<Customer>().Foo * 2, typeof(int))
            .Field("label", customer => customer.Nickname ?? "none")
            .Field("scaled", context => new ValueTask<object?>(context.Parent<Customer>().Foo * context.ArgumentValue<int>("factor")), typeof(int))
                .Argument("factor", typeof(int))
            .Field(x => x.Name).Use(MiddlewareStage.Custom, next => async context =>
            {
                await next(context);
                context.Result = ((string?)context.Result)?.ToUpperInvariant();
            }))
        .Build();

    [Fact]
    public void The_type_is_renamed_and_described()
    {
        Schema.GetType("Customer").Should().BeNull();
        Schema.GetType("Client")!.Description.Should().Be("A paying organization.");
        Schema.Field("Query.customer").Type.ToString().Should().Be("Client!");
    }

    [Fact]
    public void Ignored_members_are_not_fields_and_configured_fields_are_renamed_described_and_deprecated()
    {
        Schema.FieldNames("Client").Should().Equal("name", "bar", "nickname", "computed", "label", "scaled");
        var bar = Schema.Field("Client.bar");
        bar.Description.Should().Be("Renamed.");
        bar.DeprecationReason.Should().Be("Use baz.");
        Schema.Field("Client.nickname").Type.ToString().Should().Be("String!");
    }

    [Fact]
    public async Task Computed_fields_resolve_with_their_own_resolvers()
    {
        var customer = new Customer { Name = "acme", Foo = 21 };
        Schema.Field("Client.computed").Type.ToString().Should().Be("Int!");
        Schema.Field("Client.label").Type.ToString().Should().Be("String");
        Schema.Signature("Client.scaled").Should().Be("scaled(factor: Int!): Int!");
        (await Schema.ResolveAsync("Client.computed", customer)).Should().Be(42);
        (await Schema.ResolveAsync("Client.label", customer)).Should().Be("ac");
        (await Schema.ResolveAsync("Client.scaled", customer, CodeFirstTestKit.Args(("factor", 3)))).Should().Be(63);
    }

    [Fact]
    public async Task Renamed_properties_get_a_compiled_resolver()
    {
        Schema.Field("Client.bar").GetResolver().Should().NotBeNull();
        (await Schema.ResolveAsync("Client.bar", new Customer { Name = "acme", Foo = 5 })).Should().Be(5);
    }

    [Fact]
    public void Middleware_is_attached_to_configured_fields() =>
        Schema.Field("Client.name").GetMiddleware().Should().HaveCount(1);
}

public sealed class ConfiguredQuery
{
    public Customer Customer => new() { Name = "acme", Foo = 1 };
}

public sealed class Customer
{
    public required string Name { get; init; }

    public int Foo { get; init; }

    public string? Nickname { get; init; } = "ac";

    public string Secret { get; init; } = "s3cr3t";

    public int GetInternalScore() => 7;
}
