using GraphQL.Validation.Rules;

namespace GraphQL.Validation;

/// <summary>
/// The rules of <see href="https://spec.graphql.org/September2025/#sec-Validation">§5 Validation</see>, listed once,
/// in the order the specification presents them.
/// </summary>
public static class SpecifiedRules
{
    /// <summary>Every rule the specification requires of an executable document, in specification order.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        // §5.1 Documents
        new ExecutableDefinitionsRule(), // Executable Definitions

        // §5.2 Operations
        new KnownOperationTypesRule(), // Operation Type Existence
        new UniqueOperationNamesRule(), // Operation Name Uniqueness
        new LoneAnonymousOperationRule(), // Lone Anonymous Operation
        new SingleFieldSubscriptionsRule(), // Single Root Field

        // §5.3 Fields
        new FieldsOnCorrectTypeRule(), // Field Selections
        new OverlappingFieldsCanBeMergedRule(), // Field Selection Merging
        new ScalarLeafsRule(), // Leaf Field Selections

        // §5.4 Arguments
        new KnownArgumentNamesRule(), // Argument Names
        new UniqueArgumentNamesRule(), // Argument Uniqueness
        new ProvidedRequiredArgumentsRule(), // Required Arguments

        // §5.5 Fragments
        new UniqueFragmentNamesRule(), // Fragment Name Uniqueness
        new KnownTypeNamesRule(), // Fragment Spread Type Existence
        new FragmentsOnCompositeTypesRule(), // Fragments on Composite Types
        new NoUnusedFragmentsRule(), // Fragments Must Be Used
        new KnownFragmentNamesRule(), // Fragment Spread Target Defined
        new NoFragmentCyclesRule(), // Fragment Spreads Must Not Form Cycles
        new PossibleFragmentSpreadsRule(), // Fragment Spread Is Possible

        // §5.6 Values
        new ValuesOfCorrectTypeRule(), // Values of Correct Type, Input Object Field Names, Input Object Required Fields
        new UniqueInputFieldNamesRule(), // Input Object Field Uniqueness

        // §5.7 Directives
        new KnownDirectivesRule(), // Directives Are Defined, Directives Are in Valid Locations
        new UniqueDirectivesPerLocationRule(), // Directives Are Unique per Location

        // §5.8 Variables
        new UniqueVariableNamesRule(), // Variable Uniqueness
        new VariablesAreInputTypesRule(), // Variables Are Input Types
        new NoUndefinedVariablesRule(), // All Variable Uses Defined
        new NoUnusedVariablesRule(), // All Variables Used
        new VariablesInAllowedPositionRule(), // All Variable Usages Are Allowed
    ];
}
