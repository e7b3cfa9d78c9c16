using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Tests.Language;

public sealed class GraphQLErrorTests
{
    [Fact]
    public void Syntax_errors_carry_prefix_location_and_code()
    {
        var error = GraphQLError.Syntax("Unterminated string.", new SourceLocation(2, 5));

        error.Message.Should().Be("Syntax Error: Unterminated string.");
        error.Locations.Should().Equal(new SourceLocation(2, 5));
        error.Path.Should().BeNull();
        error.Code.Should().Be(ErrorCodes.ParseFailed);
        error.Extensions.Should().ContainKey("code");
        error.ToString().Should().Be("Syntax Error: Unterminated string. (2:5)");
    }

    [Fact]
    public void Validation_errors_point_at_their_nodes()
    {
        var document = Parser.Parse("{ a\n  b }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;

        var error = GraphQLError.Validation("Bad fields.", selections[0], selections[1], new NameNode { Value = "unlocated" });

        error.Locations.Should().Equal(new SourceLocation(1, 3), new SourceLocation(2, 3));
        error.Code.Should().Be(ErrorCodes.ValidationFailed);
    }

    [Fact]
    public void With_methods_return_changed_copies()
    {
        var original = GraphQLError.Create("Boom.", code: ErrorCodes.BadUserInput);

        var changed = original
            .WithPath(["users", 0, "name"])
            .WithExtension("retry", false)
            .WithCode(ErrorCodes.InternalServerError)
            .WithLocations([new SourceLocation(1, 1)])
            .WithMessage("Bang.");

        original.Path.Should().BeNull();
        original.Locations.Should().BeEmpty();
        original.Code.Should().Be(ErrorCodes.BadUserInput);
        changed.Message.Should().Be("Bang.");
        changed.Path.Should().Equal("users", 0, "name");
        changed.Locations.Should().ContainSingle();
        changed.Extensions!.Keys.Should().Equal("code", "retry");
        changed.Code.Should().Be(ErrorCodes.InternalServerError);
    }

    [Fact]
    public void Internal_errors_keep_the_exception_but_not_its_message()
    {
        var exception = new InvalidOperationException("connection string leaked");

        var error = GraphQLError.Internal(exception, ["field"]);

        error.Message.Should().NotContain("leaked");
        error.InnerException.Should().BeSameAs(exception);
        error.Code.Should().Be(ErrorCodes.InternalServerError);
        error.Path.Should().Equal("field");
    }

    [Fact]
    public void Errors_without_code_have_no_extensions()
    {
        var error = GraphQLError.Create("Plain.");

        error.Extensions.Should().BeNull();
        error.Code.Should().BeNull();
        error.ToString().Should().Be("Plain.");
    }

    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("a\nb", 2, 2, 1)]
    [InlineData("a\r\nb", 1, 1, 2)]
    [InlineData("a\r\nb", 2, 1, 3)]
    [InlineData("a\r\nb", 3, 2, 1)]
    [InlineData("a\rb\rc", 4, 3, 1)]
    [InlineData("a\n\n  b", 5, 3, 3)]
    [InlineData("ab", 2, 1, 3)]
    public void Source_locations_count_every_line_terminator(string source, int offset, int line, int column)
    {
        SourceLocation.FromOffset(source, offset).Should().Be(new SourceLocation(line, column));
    }
}
