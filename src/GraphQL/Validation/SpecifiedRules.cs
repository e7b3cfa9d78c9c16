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
        // TODO: ExecutableDefinitionsRule (§5.1.1 Executable Definitions)

        // §5.2 Operations
        // TODO: KnownOperationTypesRule (§5.2.1.1 Operation Type Existence)
        // TODO: UniqueOperationNamesRule (§5.2.2.1 Operation Name Uniqueness)
        // TODO: LoneAnonymousOperationRule (§5.2.3.1 Lone Anonymous Operation)
        // TODO: SingleFieldSubscriptionsRule (§5.2.4.1 Single Root Field)

        // §5.3 Fields
        // TODO: FieldsOnCorrectTypeRule (§5.3.1 Field Selections)
        // TODO: OverlappingFieldsCanBeMergedRule (§5.3.2 Field Selection Merging)
        // TODO: ScalarLeafsRule (§5.3.3 Leaf Field Selections)

        // §5.4 Arguments
        // TODO: KnownArgumentNamesRule (§5.4.1 Argument Names)
        // TODO: UniqueArgumentNamesRule (§5.4.2 Argument Uniqueness)
        // TODO: ProvidedRequiredArgumentsRule (§5.4.2.1 Required Arguments)

        // §5.5 Fragments
        // TODO: UniqueFragmentNamesRule (§5.5.1.1 Fragment Name Uniqueness)
        // TODO: KnownTypeNamesRule (§5.5.1.2 Fragment Spread Type Existence)
        // TODO: FragmentsOnCompositeTypesRule (§5.5.1.3 Fragments on Object, Interface or Union Types)
        // TODO: NoUnusedFragmentsRule (§5.5.1.4 Fragments Must Be Used)
        // TODO: KnownFragmentNamesRule (§5.5.2.1 Fragment Spread Target Defined)
        // TODO: NoFragmentCyclesRule (§5.5.2.2 Fragment Spreads Must Not Form Cycles)
        // TODO: PossibleFragmentSpreadsRule (§5.5.2.3 Fragment Spread Is Possible)

        // §5.6 Values
        // TODO: ValuesOfCorrectTypeRule (§5.6.1 Values of Correct Type, §5.6.2 Input Object Field Names, §5.6.4 Input Object Required Fields)
        // TODO: UniqueInputFieldNamesRule (§5.6.3 Input Object Field Uniqueness)

        // §5.7 Directives
        // TODO: KnownDirectivesRule (§5.7.1 Directives Are Defined, §5.7.2 Directives Are in Valid Locations)
        // TODO: UniqueDirectivesPerLocationRule (§5.7.3 Directives Are Unique per Location)

        // §5.8 Variables
        // TODO: UniqueVariableNamesRule (§5.8.1 Variable Uniqueness)
        // TODO: VariablesAreInputTypesRule (§5.8.2 Variables Are Input Types)
        // TODO: NoUndefinedVariablesRule (§5.8.3 All Variable Uses Defined)
        // TODO: NoUnusedVariablesRule (§5.8.4 All Variables Used)
        // TODO: VariablesInAllowedPositionRule (§5.8.5 All Variable Usages Are Allowed)
    ];
}
