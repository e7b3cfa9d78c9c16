using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Validation;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void A_document_using_every_executable_feature_is_valid_under_the_specified_rules()
    {
        var document = Parser.Parse("""
            query Pets($first: Int = 10, $color: FurColor, $withOwner: Boolean!) @log(level: DEBUG) {
              pets(first: $first, furColor: $color) {
                ...PetFields
                ... on Dog @include(if: $withOwner) { owner { ...HumanFields } }
              }
              catOrDog { __typename ... on Cat { meows } }
            }

            mutation Add { addPet(input: { name: "Rex", kind: DOG }) { id } }

            subscription OnPet { petAdded(kind: DOG) { ...PetFields } }

            fragment PetFields on Pet { id name nickname }
            fragment HumanFields on Human { name pets { name } }
            """);

        DocumentValidator.Validate(TestSchema.Schema, document).Should().BeEmpty();
    }

    [Fact]
    public void Errors_of_all_rules_come_in_the_order_the_walk_finds_them()
    {
        var document = Parser.Parse("""
            query Q { dog { unknown } ...Missing }
            query Q { cat }
            """);

        var errors = DocumentValidator.Validate(TestSchema.Schema, document);

        errors.Select(e => e.Message).Should().Equal(
            FieldsOnCorrectTypeRule.Message("unknown", "Dog"),
            KnownFragmentNamesRule.Message("Missing"),
            UniqueOperationNamesRule.Message("Q"),
            ScalarLeafsRule.RequiredSubselectionMessage("cat", "Cat"));
    }

    [Fact]
    public void Validation_stops_after_MaxErrors_with_the_abort_error()
    {
        var document = Parser.Parse("{ a b c d e }");

        var errors = DocumentValidator.Validate(TestSchema.Schema, document, new ValidationOptions { MaxErrors = 3 });

        errors.Select(e => e.Message).Should().Equal(
            FieldsOnCorrectTypeRule.Message("a", "Query"),
            FieldsOnCorrectTypeRule.Message("b", "Query"),
            FieldsOnCorrectTypeRule.Message("c", "Query"),
            ValidationContext.TooManyErrorsMessage);
        errors[^1].Locations.Should().BeEmpty();
    }

    [Fact]
    public void Exactly_MaxErrors_errors_do_not_abort()
    {
        var document = Parser.Parse("{ a b c }");

        var errors = DocumentValidator.Validate(TestSchema.Schema, document, new ValidationOptions { MaxErrors = 3 });

        errors.Should().HaveCount(3).And.NotContain(e => e.Message == ValidationContext.TooManyErrorsMessage);
    }

    [Fact]
    public void The_default_error_limit_is_100()
    {
        var document = Parser.Parse("{ " + string.Join(' ', Enumerable.Range(0, 150).Select(i => "f" + i)) + " }");

        var errors = DocumentValidator.Validate(TestSchema.Schema, document);

        errors.Should().HaveCount(101);
        errors[^1].Message.Should().Be(ValidationContext.TooManyErrorsMessage);
    }

    [Fact]
    public void Additional_rules_run_after_the_rules()
    {
        var document = Parser.Parse("{ dog { owner { pets { owner { name } } } } }");
        var options = new ValidationOptions { AdditionalRules = [new MaxDepthRule(3)] };

        var errors = DocumentValidator.Validate(TestSchema.Schema, document, options);

        errors.Select(e => e.Message).Should().Equal(MaxDepthRule.Message(null, 5, 3));
    }

    [Fact]
    public void Without_rules_every_document_is_valid()
    {
        var document = Parser.Parse("{ nope }");

        DocumentValidator.Validate(TestSchema.Schema, document, new ValidationOptions { Rules = [] }).Should().BeEmpty();
    }

    [Fact]
    public void A_rule_skipping_children_does_not_hide_them_from_other_rules()
    {
        var document = Parser.Parse("query { dog { nope } } query { cat { nope } }");
        var options = new ValidationOptions { Rules = [new LoneAnonymousOperationRule(), new FieldsOnCorrectTypeRule()] };

        var errors = DocumentValidator.Validate(TestSchema.Schema, document, options);

        errors.Select(e => e.Message).Should().Equal(
            LoneAnonymousOperationRule.Message(),
            FieldsOnCorrectTypeRule.Message("nope", "Dog", suggestedFields: ["name"]),
            LoneAnonymousOperationRule.Message(),
            FieldsOnCorrectTypeRule.Message("nope", "Cat", suggestedFields: ["name"]));
    }

    [Fact]
    public void A_rule_instance_keeps_no_state_between_documents()
    {
        var rule = new UniqueOperationNamesRule();
        var options = new ValidationOptions { Rules = [rule] };
        var document = Parser.Parse("query A { dog { name } }");

        DocumentValidator.Validate(TestSchema.Schema, document, options).Should().BeEmpty();
        DocumentValidator.Validate(TestSchema.Schema, document, options).Should().BeEmpty();
    }

    [Fact]
    public void Rule_visitors_see_the_ancestors_of_the_node()
    {
        var ancestors = new List<string>();
        var options = new ValidationOptions { Rules = [new AncestorRecordingRule(ancestors)] };

        DocumentValidator.Validate(TestSchema.Schema, Parser.Parse("{ dog { name } }"), options);

        ancestors.Should().Equal("Document", "OperationDefinition", "SelectionSet", "Field", "SelectionSet");
    }

    [Fact]
    public void The_specified_rules_are_listed_once_and_exclude_the_optional_rules()
    {
        var types = SpecifiedRules.All.Select(r => r.GetType()).ToList();

        types.Should().OnlyHaveUniqueItems();
        types.Should().NotContain([typeof(MaxDepthRule), typeof(MaxFieldCountRule)]);
        types.Should().StartWith(typeof(ExecutableDefinitionsRule));
        ValidationOptions.Default.Rules.Should().BeSameAs(SpecifiedRules.All);
    }

    [Fact]
    public void MaxErrors_must_be_positive()
    {
        var create = () => new ValidationOptions { MaxErrors = 0 };

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    private sealed class AncestorRecordingRule(List<string> ancestors) : ValidationRule
    {
        public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(ancestors);

        private sealed class Visitor(List<string> ancestors) : SyntaxVisitor
        {
            protected override VisitorAction EnterField(FieldNode node)
            {
                if (node.Name.Value == "name")
                {
                    ancestors.AddRange(Ancestors.Select(a => a.Kind.ToString()));
                }

                return VisitorAction.Continue;
            }
        }
    }
}
