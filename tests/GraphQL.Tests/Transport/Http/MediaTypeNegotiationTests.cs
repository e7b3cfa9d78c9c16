using GraphQL.Transport.Http;

namespace GraphQL.Tests.Transport.Http;

/// <summary>The response media type chosen from <c>Accept</c> (GraphQL over HTTP §5.1).</summary>
public sealed class MediaTypeNegotiationTests
{
    [Theory]
    [InlineData(null, GraphQLMediaTypes.Json)]
    [InlineData("", GraphQLMediaTypes.Json)]
    [InlineData("*/*", GraphQLMediaTypes.Json)]
    [InlineData("application/*", GraphQLMediaTypes.Json)]
    [InlineData("application/json", GraphQLMediaTypes.Json)]
    [InlineData("application/json; charset=utf-8", GraphQLMediaTypes.Json)]
    [InlineData("application/graphql-response+json", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("Application/GraphQL-Response+JSON;charset=UTF-8", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLMediaTypes.GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLMediaTypes.Json)]
    [InlineData("application/graphql-response+json;q=0, application/json", GraphQLMediaTypes.Json)]
    [InlineData("application/graphql-response+json; charset=latin1, */*", GraphQLMediaTypes.Json)]
    [InlineData("text/html", null)]
    [InlineData("text/event-stream", null)]
    [InlineData("application/json; charset=utf-16", null)]
    public void Negotiate_picks_the_first_supported_media_type(string? accept, string? expected) =>
        GraphQLMediaTypes.Negotiate(accept).Should().Be(expected);

    [Theory]
    [InlineData("text/html,application/xhtml+xml,*/*;q=0.8", "text/html", true)]
    [InlineData("*/*", "text/html", false)]
    [InlineData("application/json, text/event-stream", GraphQLMediaTypes.EventStream, true)]
    [InlineData(null, "text/html", false)]
    public void Lists_sees_only_media_types_named_outright(string? accept, string mediaType, bool expected) =>
        GraphQLMediaTypes.Lists(accept, mediaType).Should().Be(expected);
}
