using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every selected field is defined on the type it is selected on, or is a meta field such as <c>__typename</c>
/// (<see href="https://spec.graphql.org/September2025/#sec-Field-Selections">Field Selections</see>).
/// </summary>
/// <remarks>
/// Like graphql-js, the error suggests the types (among the possible types of an abstract type and their
/// interfaces) that do define the field — to be selected in an inline fragment — and otherwise the fields with
/// similar names.
/// </remarks>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    /// <summary>The error; <paramref name="suggestedTypes"/> wins over <paramref name="suggestedFields"/> when both are given.</summary>
    public static string Message(
        string fieldName, string typeName, IReadOnlyList<string>? suggestedTypes = null, IReadOnlyList<string>? suggestedFields = null)
    {
        var suggestion = Suggestions.DidYouMean("to use an inline fragment on", suggestedTypes ?? []);
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(suggestedFields ?? []);
        }

        return $"Cannot query field \"{fieldName}\" on type \"{typeName}\".{suggestion}";
    }

    public override SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    /// <summary>
    /// The object and interface types among the possible types of <paramref name="type"/> that define the field: most
    /// used first, an interface before the types implementing it, then by name.
    /// </summary>
    private static List<string> SuggestedTypeNames(Schema schema, ICompositeType type, string fieldName)
    {
        var suggested = new List<ComplexType>();
        if (type is not IAbstractType abstractType)
        {
            return [];
        }

        var usageCount = new Dictionary<ComplexType, int>(ReferenceEqualityComparer.Instance);
        foreach (var possibleType in schema.GetPossibleTypes(abstractType))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }

            if (usageCount.TryAdd(possibleType, 1))
            {
                suggested.Add(possibleType);
            }

            foreach (var implemented in possibleType.Interfaces)
            {
                if (implemented.GetField(fieldName) is null)
                {
                    continue;
                }

                if (usageCount.TryGetValue(implemented, out var count))
                {
                    usageCount[implemented] = count + 1;
                }
                else
                {
                    usageCount[implemented] = 1;
                    suggested.Add(implemented);
                }
            }
        }

        suggested.Sort((a, b) =>
        {
            var byUsage = usageCount[b] - usageCount[a];
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a is InterfaceType interfaceA && schema.IsSubType(interfaceA, b))
            {
                return -1;
            }

            if (b is InterfaceType interfaceB && schema.IsSubType(interfaceB, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        });

        var names = new List<string>(suggested.Count);
        foreach (var suggestedType in suggested)
        {
            names.Add(suggestedType.Name);
        }

        return names;
    }

    private static IReadOnlyList<string> SuggestedFieldNames(ICompositeType type, string fieldName)
    {
        // A union defines no fields to suggest.
        if (type is not ComplexType complexType)
        {
            return [];
        }

        var names = new List<string>(complexType.Fields.Count);
        foreach (var field in complexType.Fields)
        {
            names.Add(field.Name);
        }

        return Suggestions.SuggestionList(fieldName, names);
    }

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        protected override VisitorAction EnterField(FieldNode node)
        {
            var typeInfo = context.TypeInfo;
            if (typeInfo.FieldDefinition is null && typeInfo.ParentType is { } parentType)
            {
                var fieldName = node.Name.Value;
                var suggestedTypes = SuggestedTypeNames(context.Schema, parentType, fieldName);
                var suggestedFields = suggestedTypes.Count == 0 ? SuggestedFieldNames(parentType, fieldName) : [];
                context.ReportError(GraphQLError.Validation(Message(fieldName, parentType.Name, suggestedTypes, suggestedFields), node));
            }

            return VisitorAction.Continue;
        }
    }
}
