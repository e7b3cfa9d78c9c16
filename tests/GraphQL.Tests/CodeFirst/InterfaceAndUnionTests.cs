using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Tests.CodeFirst.Abstract;

/// <summary>C# interfaces and abstract classes as GraphQL interfaces; unions by name and by marker type.</summary>
public sealed class InterfaceAndUnionTests
{
    private static readonly Schema Schema = new CodeFirstSchemaBuilder()
        .AddQueryType<AbstractQuery>()
        .AddInterface<INode>()
        .AddInterface<IArtifact>()
        .AddInterface<Step>()
        .AddType<EmailDraft>()
        .AddType<MeetingNotes>()
        .AddType<WaitStep>()
        .AddType<CallStep>()
        .AddUnion("SearchResult", typeof(EmailDraft), typeof(MeetingNotes))
        .AddUnion<IFeedItem>(typeof(EmailDraft), typeof(WaitStep))
        .Build();

    [Fact]
    public void Registered_interfaces_become_interface_types_with_their_members_as_fields()
    {
        Schema.GetType("Node").Should().BeOfType<InterfaceType>();
        Schema.FieldNames("Node").Should().Equal("id");
        Schema.FieldNames("Artifact").Should().Equal("title", "id");
        Schema.GetType<InterfaceType>("Artifact")!.Interfaces.Select(type => type.Name).Should().Equal("Node");
    }

    [Fact]
    public void Classes_implement_every_registered_interface_they_implement_in_CSharp()
    {
        var email = Schema.GetType<ObjectType>("EmailDraft")!;
        email.Interfaces.Select(type => type.Name).Should().Equal("Node", "Artifact");
        Schema.FieldNames("EmailDraft").Should().Contain(["id", "title", "subject"]);
        Schema.Field("EmailDraft.id").Type.ToString().Should().Be("ID!", "[ID] on the interface member holds for its implementations");
        email.GetClrTypes().Should().Equal(typeof(EmailDraft));
        Schema.GetPossibleTypes(Schema.GetType<InterfaceType>("Artifact")!).Select(type => type.Name).Should().Equal("EmailDraft", "MeetingNotes");
    }

    [Fact]
    public void Abstract_classes_are_interfaces_implemented_by_derived_classes()
    {
        Schema.GetType("Step").Should().BeOfType<InterfaceType>();
        Schema.FieldNames("Step").Should().Equal("key");
        Schema.GetPossibleTypes(Schema.GetType<InterfaceType>("Step")!).Select(type => type.Name).Should().Equal("WaitStep", "CallStep");
        Schema.Field("Query.steps").Type.ToString().Should().Be("[Step!]!");
    }

    [Fact]
    public void Unions_are_used_by_name_or_through_their_marker_type()
    {
        Schema.GetType<UnionType>("SearchResult")!.Types.Select(type => type.Name).Should().Equal("EmailDraft", "MeetingNotes");
        Schema.Field("Query.search").Type.ToString().Should().Be("[SearchResult!]!");
        Schema.GetType<UnionType>("FeedItem")!.Types.Select(type => type.Name).Should().Equal("EmailDraft", "WaitStep");
        Schema.Field("Query.feed").Type.ToString().Should().Be("[FeedItem!]!");
    }

    [Fact]
    public async Task Interface_valued_resolvers_return_the_implementations() =>
        (await Schema.ResolveAsync("Query.node", arguments: CodeFirstTestKit.Args(("id", "n1")))).Should().BeOfType<MeetingNotes>();
}

public interface INode
{
    [ID]
    string Id { get; }
}

public interface IArtifact : INode
{
    string Title { get; }
}

public interface IFeedItem;

public sealed class EmailDraft : IArtifact, IFeedItem
{
    public string Id => "e1";

    public string Title => "Renewal";

    public string Subject => "Your renewal";
}

public sealed class MeetingNotes : IArtifact
{
    public string Id => "m1";

    public string Title => "QBR";
}

public abstract class Step
{
    public abstract string Key { get; }
}

public sealed class WaitStep : Step, IFeedItem
{
    public override string Key => "wait";

    public int Seconds => 5;
}

public sealed class CallStep : Step
{
    public override string Key => "call";
}

public sealed class AbstractQuery
{
    public INode? Node([ID] string id) => new MeetingNotes();

    public List<Step> Steps() => [new WaitStep(), new CallStep()];

    [GraphQLType("SearchResult")]
    public List<object> Search(string text) => [new EmailDraft()];

    public List<IFeedItem> Feed() => [];
}
