using System.Collections;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Tests.CodeFirst.Errors;

/// <summary>Building fails fast with one exception listing every problem, each naming the CLR member and the GraphQL element.</summary>
public sealed class BuildErrorTests
{
    [Fact]
    public void Every_mapping_problem_is_listed_in_one_exception() =>
        new CodeFirstSchemaBuilder()
            .AddQueryType<BrokenQuery>()
            .BuildErrors().Should().Equal(
                "BrokenQuery.Tagged (Query.tagged): the GraphQL type \"Nope\" is not a type of the code-first schema.",
                "BrokenQuery.Stamp (Query.stamp): System.String is not a ScalarType class with a public parameterless constructor.",
                "BrokenQuery.Notify (Query.notify): returns System.Threading.Tasks.Task, which has no value for a field.",
                "BrokenQuery.Find(logger) (Query.find(logger:)): cannot map GraphQL.Tests.CodeFirst.Errors.ILogger to a GraphQL input type; if it is a service, mark the parameter [Service] or include its type in IsService.",
                "BrokenQuery.Create(input) (Query.create(input:)): cannot map GraphQL.Tests.CodeFirst.Errors.Unconstructible to a GraphQL input type: it needs a public constructor whose parameters are named like its properties, or a parameterless one.",
                "BrokenQuery.Search(terms) (Query.search(terms:)): cannot map System.Collections.Generic.IAsyncEnumerable<System.String> to a GraphQL input type.",
                "BrokenQuery.ItemById (Query.item): the field name \"item\" is already used by BrokenQuery.Item (Query.item).",
                "Playbook.Steps (Playbook.steps): cannot map System.Collections.Hashtable to a GraphQL output type.",
                "Playbook.Settings (Playbook.settings): cannot map System.Collections.Generic.Dictionary<System.String, System.Object> to a GraphQL output type.",
                "Playbook.Owner (Playbook.owner): cannot map the interface GraphQL.Tests.CodeFirst.Errors.IOwner to a GraphQL output type; register it with AddInterface or AddUnion.",
                "Playbook.Timeout (Playbook.timeout): cannot map System.TimeSpan to a GraphQL output type.");

    [Fact]
    public void Two_classes_with_one_GraphQL_name_are_an_error() =>
        new CodeFirstSchemaBuilder()
            .AddQueryType<ClashQuery>()
            .BuildErrors().Should().Equal(
                "GraphQL.Tests.CodeFirst.Errors.Other.FineItem: the GraphQL type name \"FineItem\" is already used by GraphQL.Tests.CodeFirst.Errors.FineItem.");

    [Fact]
    public void Configuration_of_members_and_types_outside_the_schema_is_an_error() =>
        new CodeFirstSchemaBuilder()
            .AddQueryType<FineQuery>()
            .ConfigureObject<Unconstructible>(type => type.Name("Nothing"))
            .ConfigureObject<FineQuery>(type => type.Ignore(x => x.Ok.Length).Field(x => x.Ok).Name("fine"))
            .ConfigureObject<FineItem>(type => type.Field(x => x.Hidden).Name("shown"))
            .BuildErrors().Should().Equal(
                "FineQuery: ConfigureObject needs a property or method access such as x => x.Name, not x => Convert(x.Ok.Length, Object).",
                "Unconstructible: ConfigureObject was called, but the type is not an object type of the schema.",
                "FineItem.Hidden: ConfigureObject names a member that is not a field of the type (or is ignored).");

    [Fact]
    public void Type_extensions_need_their_attribute_and_a_known_target() =>
        new CodeFirstSchemaBuilder()
            .AddQueryType<FineQuery>()
            .AddTypeExtension<NotAnExtension>()
            .AddTypeExtension<ExtensionOfNothing>()
            .BuildErrors().Should().Equal(
                "NotAnExtension: a type extension needs [ExtendObjectType(\"TypeName\")] or [ExtendObjectType(typeof(T))].",
                "ExtensionOfNothing: extends \"Nowhere\", which is neither a code-first object type nor an object type of the SDL.");

    [Fact]
    public void Extension_fields_clashing_with_fields_of_the_type_are_errors() =>
        new CodeFirstSchemaBuilder()
            .AddQueryType<FineQuery>()
            .AddTypeExtension<ClashingExtension>()
            .BuildErrors().Should().Equal(
                "ClashingExtension.Ok (Query.ok): the field name \"ok\" is already used by FineQuery.Ok (Query.ok).");

    [Fact]
    public void Interfaces_and_unions_are_checked()
    {
        new CodeFirstSchemaBuilder()
            .AddQueryType<FineQuery>()
            .AddInterface<FineItem>()
            .AddUnion<IOwner>(typeof(FineItem), typeof(Person))
            .AddUnion("Mixed", typeof(Level), typeof(IOwner))
            .AddType<IOwner>()
            .AddType<ILogger>()
            .BuildErrors().Should().Equal(
                "FineItem: AddInterface needs a C# interface or an abstract class.",
                "FineItem (Owner): does not derive from or implement IOwner.",
                "Level (Mixed): a union member must map to an object type.",
                "IOwner (Mixed): a union member must map to an object type.",
                "ILogger: is a C# interface; add it with AddInterface, or its implementations with AddType.");
    }

    [Fact]
    public void A_resolver_class_that_cannot_be_created_is_an_error() =>
        new CodeFirstSchemaBuilder()
            .AddQueryType<AbstractRoot>()
            .BuildErrors().Should().Equal(
                "AbstractRoot.Name (Query.name): cannot create GraphQL.Tests.CodeFirst.Errors.AbstractRoot to run the resolver: a resolver class must be a class that is not abstract.");

    [Fact]
    public void Schema_validation_runs_once_mapping_succeeds()
    {
        var errors = new CodeFirstSchemaBuilder().AddQueryType<EmptyQuery>().BuildErrors();
        errors.Should().ContainSingle().Which.Should().Contain("Query");
    }

    [Fact]
    public void The_exception_message_lists_the_errors() =>
        FluentActions.Invoking(new CodeFirstSchemaBuilder().AddQueryType<ClashQuery>().Build)
            .Should().Throw<SchemaValidationException>()
            .WithMessage("The schema is invalid: GraphQL.Tests.CodeFirst.Errors.Other.FineItem: the GraphQL type name \"FineItem\" is already used by GraphQL.Tests.CodeFirst.Errors.FineItem.");
}

public interface IOwner;

public interface ILogger;

public sealed class Person : IOwner
{
    public string Name => "ann";
}

public enum Level
{
    One,
}

public sealed class Unconstructible
{
    public Unconstructible(int seed) => Value = seed;

    public int Value { get; }
}

public sealed class Playbook
{
    public Hashtable Steps { get; } = [];

    public Dictionary<string, object> Settings { get; } = [];

    public IOwner? Owner { get; }

    public TimeSpan Timeout { get; }

    public string Name => "ok";
}

public sealed class BrokenQuery
{
    public Playbook Playbook => new();

    public int Item => 1;

    public Task Notify() => Task.CompletedTask;

    public string Find(ILogger logger) => "";

    public string Create(Unconstructible input) => "";

    public string Search(IAsyncEnumerable<string> terms) => "";

    [GraphQLType("Nope")]
    public string Tagged => "";

    [GraphQLType(typeof(string))]
    public string Stamp => "";

    [GraphQLName("item")]
    public int ItemById(int id) => id;
}

public sealed class FineQuery
{
    public string Ok => "ok";

    public FineItem Item => new();
}

public sealed class FineItem
{
    public string Name => "item";

    [GraphQLIgnore]
    public string Hidden => "hidden";
}

public sealed class EmptyQuery
{
    [GraphQLIgnore]
    public string Nothing => "";
}

public abstract class AbstractRoot
{
    public string Name => "root";
}

public sealed class NotAnExtension
{
    public string More => "";
}

[ExtendObjectType("Nowhere")]
public sealed class ExtensionOfNothing
{
    public string More => "";
}

[ExtendObjectType("Query")]
public sealed class ClashingExtension
{
    public string Ok => "again";
}

public sealed class ClashQuery
{
    public FineItem Item => new();

    public Other.FineItem Other => new();
}
