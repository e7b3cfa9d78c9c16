using GraphQL.Types;

namespace GraphQL.Tests.Types;

/// <summary>§2.1.9.1 Reserved Names: names defined by a schema must not begin with <c>__</c>.</summary>
public sealed class ReservedNamesValidationTests
{
    [Fact]
    public void Names_with_a_single_leading_underscore_are_fine() =>
        SchemaAssert.Valid("type Query { _a(_b: Int): _T } type _T { _c: Int }");

    [Fact]
    public void Types_fields_arguments_values_and_directives_must_not_begin_with_two_underscores() =>
        SchemaAssert.Invalid(
            """
            type Query { __field(__arg: Int): Int t: __Type e: E i(in: In): Int }
            type __Type { a: Int }
            enum E { __VALUE OK }
            input In { __field: Int }
            directive @__dir(__arg: Int) on FIELD
            """,
            "Name \"__Type\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__field\" of Query.__field must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__arg\" of Query.__field(__arg:) must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__VALUE\" of E.__VALUE must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__field\" of In.__field must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__dir\" of @__dir must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__arg\" of @__dir(__arg:) must not begin with \"__\", which is reserved by GraphQL introspection.");

    [Fact]
    public void Introspection_types_are_exempt()
    {
        var typeType = new ObjectType("__Type") { IsIntrospection = true };
        typeType.AddField(new FieldDefinition("name", Scalars.String));
        var query = new ObjectType("Query");
        query.AddField(new FieldDefinition("a", Scalars.Int));

        var schema = new SchemaBuilder().SetQueryType(query).AddType(typeType).Build();

        schema.GetType("__Type").Should().BeSameAs(typeType);
    }
}
