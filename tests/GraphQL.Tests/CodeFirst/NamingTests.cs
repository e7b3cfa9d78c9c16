using GraphQL.Types.CodeFirst;

namespace GraphQL.Tests.CodeFirst;

public sealed class NamingTests
{
    [Theory]
    [InlineData("Name", "name")]
    [InlineData("ID", "id")]
    [InlineData("HTMLBody", "htmlBody")]
    [InlineData("URL", "url")]
    [InlineData("iPhone", "iPhone")]
    [InlineData("StepKey", "stepKey")]
    public void Members_become_camelCase(string name, string expected) => Naming.ToCamelCase(name).Should().Be(expected);

    [Theory]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("Draft", "DRAFT")]
    [InlineData("HTTPError", "HTTP_ERROR")]
    [InlineData("Step2Done", "STEP2_DONE")]
    [InlineData("Send_Email", "SEND_EMAIL")]
    [InlineData("ABC", "ABC")]
    public void Enum_members_become_UPPER_SNAKE_CASE(string name, string expected) => Naming.ToUpperSnakeCase(name).Should().Be(expected);

    [Theory]
    [InlineData(nameof(Methods.GetSteps), "steps")]
    [InlineData(nameof(Methods.GetStepsAsync), "steps")]
    [InlineData(nameof(Methods.LoadAsync), "load")]
    [InlineData(nameof(Methods.Getaway), "getaway")]
    [InlineData(nameof(Methods.Get), "get")]
    [InlineData(nameof(Methods.Async), "async")]
    public void Methods_lose_Get_and_Async(string method, string expected) =>
        Naming.FieldName(typeof(Methods).GetMethod(method)!).Should().Be(expected);

    [Fact]
    public void Type_names_put_generic_arguments_first_and_drop_the_interface_prefix()
    {
        Naming.TypeName(typeof(Methods)).Should().Be("Methods");
        Naming.TypeName(typeof(Page<Methods>)).Should().Be("MethodsPage");
        Naming.TypeName(typeof(INamed)).Should().Be("Named");
        Naming.TypeName(typeof(IO)).Should().Be("IO");
    }

    public sealed class Methods
    {
        public int GetSteps() => 0;

        public int GetStepsAsync() => 0;

        public int LoadAsync() => 0;

        public int Getaway() => 0;

        public int Get() => 0;

        public int Async() => 0;
    }

    public sealed class Page<T>
    {
        public List<T> Items { get; } = [];
    }

    public interface INamed;

    public interface IO;
}
