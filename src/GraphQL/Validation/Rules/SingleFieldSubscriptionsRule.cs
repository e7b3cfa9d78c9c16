using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A subscription selects exactly one root field, which is not an introspection field, and its root selections use
/// neither <c>@skip</c> nor <c>@include</c>, so the one field is known without the request's variables
/// (<see href="https://spec.graphql.org/September2025/#sec-Single-Root-Field">Single Root Field</see>).
/// </summary>
/// <remarks>
/// Root fields are gathered as the specification's <c>CollectSubscriptionFields()</c> does: grouped by response name,
/// through fragment spreads (each fragment once) and inline fragments whose type condition applies to the
/// subscription type. When <c>@skip</c> or <c>@include</c> is used, only that is reported, as graphql-js does:
/// the field count would be misleading.
/// </remarks>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public static string MultipleFieldsMessage(string? operationName) =>
        $"{Subject(operationName)} must select only one top level field.";

    public static string IntrospectionFieldMessage(string? operationName) =>
        $"{Subject(operationName)} must not select an introspection top level field.";

    public static string SkipOrIncludeMessage(string? operationName) =>
        $"{Subject(operationName)} must not use `@skip` or `@include` directives in the top level selection.";

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private static string Subject(string? operationName) =>
        operationName is null ? "Anonymous Subscription" : $"Subscription \"{operationName}\"";

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            // Without a subscription type, Operation Type Existence reports the operation.
            if (node.Operation == OperationType.Subscription && context.Schema.SubscriptionType is { } subscriptionType)
            {
                Check(node, subscriptionType);
            }

            return VisitorAction.SkipChildren;
        }

        protected override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.SkipChildren;

        private void Check(OperationDefinitionNode operation, ObjectType subscriptionType)
        {
            var operationName = operation.Name?.Value;
            var fields = new RootFields(context, subscriptionType);
            fields.Collect(operation.SelectionSet);

            if (fields.ConditionalDirectives.Count > 0)
            {
                context.ReportError(GraphQLError.Validation(SkipOrIncludeMessage(operationName), [.. fields.ConditionalDirectives]));
                return;
            }

            if (fields.Groups.Count > 1)
            {
                var extraFields = new List<SyntaxNode>();
                for (var i = 1; i < fields.Groups.Count; i++)
                {
                    extraFields.AddRange(fields.Groups[i]);
                }

                context.ReportError(GraphQLError.Validation(MultipleFieldsMessage(operationName), [.. extraFields]));
            }

            foreach (var group in fields.Groups)
            {
                if (group[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError(GraphQLError.Validation(IntrospectionFieldMessage(operationName), [.. group]));
                }
            }
        }
    }

    /// <summary><c>CollectSubscriptionFields()</c>: the root fields by response name, and the forbidden directives met.</summary>
    private sealed class RootFields(ValidationContext context, ObjectType subscriptionType)
    {
        private readonly Dictionary<string, List<FieldNode>> _byResponseName = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        /// <summary>The fields of each response name, in the order the names first appear.</summary>
        public List<List<FieldNode>> Groups { get; } = [];

        public List<SyntaxNode> ConditionalDirectives { get; } = [];

        public void Collect(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include")
                    {
                        ConditionalDirectives.Add(directive);
                    }
                }

                switch (selection)
                {
                    case FieldNode field:
                        if (!_byResponseName.TryGetValue(field.ResponseName, out var group))
                        {
                            group = [];
                            _byResponseName[field.ResponseName] = group;
                            Groups.Add(group);
                        }

                        group.Add(field);
                        break;
                    case FragmentSpreadNode spread:
                        if (_visitedFragments.Add(spread.Name.Value)
                            && context.GetFragment(spread.Name.Value) is { } fragment
                            && DoesFragmentTypeApply(fragment.TypeCondition))
                        {
                            Collect(fragment.SelectionSet);
                        }

                        break;
                    case InlineFragmentNode inlineFragment:
                        if (inlineFragment.TypeCondition is null || DoesFragmentTypeApply(inlineFragment.TypeCondition))
                        {
                            Collect(inlineFragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        // DoesFragmentTypeApply() for the subscription type; an unknown type applies to nothing.
        private bool DoesFragmentTypeApply(NamedTypeNode typeCondition) => context.Schema.GetType(typeCondition.Name.Value) switch
        {
            ObjectType objectType => ReferenceEquals(objectType, subscriptionType),
            IAbstractType abstractType => context.Schema.IsPossibleType(abstractType, subscriptionType),
            _ => false,
        };
    }
}
