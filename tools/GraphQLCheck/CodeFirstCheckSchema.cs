using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

#pragma warning disable CA1822 // resolver members are instance members on purpose (the code-first builder maps them)
#pragma warning disable CA1720 // names like Int / String are GraphQL field names here

namespace GraphQLCheck;

/// <summary>
/// A representative code-first schema for the introspection cross-check: objects, interfaces, unions, enums, input objects
/// (one <c>@oneOf</c>), nested lists and non-null, arguments with defaults of every kind, descriptions, deprecations on
/// fields, arguments, input fields and enum values, and custom scalars with <c>@specifiedBy</c>.
/// </summary>
internal static class CodeFirstCheckSchema
{
    public static Schema Build() => new CodeFirstSchemaBuilder()
        .AddQueryType<CheckQuery>()
        .AddMutationType<CheckMutation>()
        .AddInterface<INamed>()
        .AddType<Robot>()
        .AddUnion<ISearchHit>(typeof(Person), typeof(Robot), typeof(Article))
        .AddTypeDefinitions("""
            "A label for tooling."
            directive @tag(name: String!, weight: Float = 1.5, roles: [Role!] = [ADMIN]) repeatable on OBJECT | FIELD_DEFINITION | INPUT_FIELD_DEFINITION

            directive @cached(maxAge: Int! = 60, scope: String @deprecated(reason: "Always public now.")) on QUERY | FIELD
            """)
        .BindRuntimeType<Uri>(new UrlScalar())
        .BindRuntimeType<EmailAddress>(new EmailScalar())
        .ConfigureSchema(builder => builder
            .SetDescription("The code-first schema of the introspection cross-check.")
            .ConfigureType<ObjectType>("Query", query =>
            {
                // C# cannot give list, input object or custom scalar defaults; set them as literals. graphql-js 16 prints an
                // input object default with every field (it coerces the default), so these give every field.
                var defaults = query.Fields["defaults"].Arguments;
                defaults["numbers"].DefaultValueLiteral = GraphQL.Language.Parser.ParseValue("[1, -2, 3]");
                defaults["roles"].DefaultValueLiteral = GraphQL.Language.Parser.ParseValue("[ADMIN, EDITOR]");
                defaults["page"].DefaultValueLiteral = GraphQL.Language.Parser.ParseValue("{size: 10, number: 2}");
                defaults["link"].DefaultValueLiteral = GraphQL.Language.Parser.ParseValue("\"https://example.com/\"");
                defaults["maybe"].DefaultValueLiteral = GraphQL.Language.Parser.ParseValue("null");
            }))
        .Build();
}

/// <summary>An absolute URL.</summary>
internal sealed class UrlScalar() : ScalarType("Url", "An absolute URL, as text.", "https://url.spec.whatwg.org/")
{
    public override object CoerceOutputValue(object value) => value.ToString()!;

    public override object CoerceInputValue(object value) => new Uri((string)value);

    public override object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        new Uri(((StringValueNode)literal).Value);
}

internal sealed record EmailAddress(string Value)
{
    public override string ToString() => Value;
}

internal sealed class EmailScalar() : ScalarType("Email", null, "https://html.spec.whatwg.org/#valid-e-mail-address")
{
    public override object CoerceOutputValue(object value) => value.ToString()!;

    public override object CoerceInputValue(object value) => new EmailAddress((string)value);

    public override object CoerceInputLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        new EmailAddress(((StringValueNode)literal).Value);
}

[GraphQLDescription("How a person is known.")]
internal enum Role
{
    [GraphQLDescription("Runs the place.")]
    Admin,
    Editor,
    [GraphQLDeprecated("Use `EDITOR`.")]
    Writer,
    [Obsolete("Readers are anonymous now.")]
    Reader,
    ReadOnlyGuest,
}

internal enum Sort
{
    Ascending,
    Descending,
}

[GraphQLDescription("Anything with a name.")]
internal interface INamed
{
    [GraphQLDescription("The display name.")]
    string Name { get; }
}

internal interface ISearchHit;

[GraphQLDescription("A human user.\n\nWith a multi-line description.")]
internal sealed class Person : INamed, ISearchHit
{
    [ID]
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public Role Role { get; init; }

    public Uri? Homepage { get; init; }

    public EmailAddress? Email { get; init; }

    [GraphQLDeprecated("Use `name`.")]
    public string? FullName { get; init; }

    [Obsolete]
    public int? Age { get; init; }

    public List<List<string?>?> Tags { get; init; } = [];

    public IReadOnlyList<Person>? Friends { get; init; }

    [GraphQLDescription("Posts, newest first.")]
    public Article[] Articles(
        [GraphQLDescription("How many.")] int first = 10,
        string? after = null,
        Sort sort = Sort.Descending,
        [GraphQLDeprecated("Paging by offset is going away.")] int? offset = null) => [];
}

internal sealed class Robot : INamed, ISearchHit
{
    public string Name { get; init; } = "";

    public double Efficiency { get; init; }

    public long SerialNumber { get; init; }
}

internal sealed class Article : ISearchHit
{
    [ID]
    public Guid Id { get; init; }

    public string Title { get; init; } = "";

    public string? Body { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public DateOnly? Day { get; init; }

    public decimal Rating { get; init; }
}

[GraphQLDescription("Where to look.")]
internal sealed record SearchFilter(
    [property: GraphQLDescription("Words to match.")] string Text = "",
    int Limit = 20,
    double MinScore = 0.5,
    bool IncludeArchived = false,
    Role? Role = Role.Editor,
    IReadOnlyList<string>? Words = null,
    [property: GraphQLDeprecated("Use `words`.")] string? Keyword = null,
    IReadOnlyList<Sort>? Sorts = null,
    PageInput? Page = null);

internal sealed record PageInput(int Size = 25, int Number = 1);

[OneOf]
[GraphQLDescription("Exactly one way to find a person.")]
internal sealed class PersonBy
{
    [ID]
    public string? Id { get; init; }

    public EmailAddress? Email { get; init; }

    public string? Name { get; init; }
}

[GraphQLDescription("The root of all queries.")]
internal sealed class CheckQuery
{
    [GraphQLDescription("Find one person.")]
    public Person? Person(PersonBy by) => null;

    public IReadOnlyList<INamed> Named() => [];

    public IReadOnlyList<ISearchHit?> Search(
        string text,
        int limit = 10,
        double threshold = 0.75,
        bool exact = true,
        Role role = Role.ReadOnlyGuest,
        Sort[]? sorts = null,
        string? language = "en",
        SearchFilter? filter = null,
        [GraphQLDeprecated("Use `filter`.")] string? legacyQuery = null) => [];

    public string[][] Matrix(int[][]? seed = null) => [];

    public IReadOnlyList<string>? Defaults(
        int count = -3,
        double ratio = 1e-3,
        string quote = "say \"hi\"\n",
        IReadOnlyList<int>? numbers = null,
        IReadOnlyList<Role>? roles = null,
        PageInput? page = null,
        Uri? link = null,
        bool? maybe = null) => [];

    [GraphQLDeprecated("No longer supported.")]
    public int? OldCounter => 0;

    public Uri? Home => null;
}

internal sealed class CheckMutation
{
    [GraphQLDescription("Adds a person.")]
    public Person AddPerson(string name, EmailAddress? email = null, Role role = Role.Editor, IReadOnlyList<string>? tags = null) =>
        new() { Name = name, Email = email, Role = role };
}
