using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Tests.CodeFirst.ScalarBinding;

/// <summary><see cref="CodeFirstSchemaBuilder.BindRuntimeType{TClr, TScalar}"/> and scalar classes in <see cref="GraphQLTypeAttribute"/>.</summary>
public sealed class ScalarBindingTests
{
    private static readonly Schema Schema = new CodeFirstSchemaBuilder()
        .AddQueryType<ScalarQuery>()
        .BindRuntimeType<Uri, UrlType>()
        .BindRuntimeType<Dictionary<string, object?>, JsonType>()
        .Build();

    [Fact]
    public void Bound_clr_types_map_to_one_instance_of_their_scalar()
    {
        Schema.Field("Query.homepage").Type.ToString().Should().Be("Url!");
        Schema.Signature("Query.mirror").Should().Be("mirror(url: Url!): Url!");
        Schema.Field("Query.links").Type.ToString().Should().Be("[Url!]!");
        Schema.Field("Query.canonical").Type.ToString().Should().Be("Url");
        Schema.Field("Query.homepage").Type.NamedType().Should().BeSameAs(Schema.Field("Query.canonical").Type.NamedType());
        Schema.Types.OfType<UrlType>().Should().ContainSingle();
    }

    [Fact]
    public void A_collection_bound_to_a_scalar_is_not_read_as_a_list() =>
        Schema.Field("Query.settings").Type.ToString().Should().Be("JSON!");

    [Fact]
    public async Task Values_of_bound_scalars_reach_parameters_as_they_are()
    {
        var url = new Uri("https://example.com/a");
        (await Schema.ResolveAsync("Query.mirror", arguments: CodeFirstTestKit.Args(("url", "https://example.com/a")))).Should().Be(url);
    }
}

public sealed class UrlType() : ScalarType("Url")
{
    public override object CoerceOutputValue(object value) => value.ToString()!;

    public override object CoerceInputValue(object value) => new Uri((string)value);

    public override object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        new Uri(((StringValueNode)literal).Value);
}

public sealed class ScalarQuery
{
    public Uri Homepage => new("https://example.com");

    [GraphQLType(typeof(UrlType))]
    public string? Canonical => null;

    public List<Uri> Links => [];

    public Dictionary<string, object?> Settings => [];

    public Uri Mirror(Uri url) => url;
}
