using GraphQL.Execution;

namespace GraphQL.Data;

/// <summary>The errors of the data features, each written once; requests get them as field errors with a code.</summary>
internal static class DataErrors
{
    public static GraphQLException InvalidCursor(string argument) =>
        new(GraphQLError.Create($"The cursor given as '{argument}' is not valid for this field and order.", code: ErrorCodes.InvalidCursor));

    public static GraphQLException FirstAndLast() =>
        BadInput("Pass either 'first' or 'last', not both.");

    public static GraphQLException Negative(string argument) =>
        BadInput($"'{argument}' must not be negative.");

    public static GraphQLException PageTooLarge(string argument, int value, int maximum) =>
        BadInput($"'{argument}' is {value}, more than the maximum page size of {maximum}.");

    public static GraphQLException NullOperand(string operation) =>
        BadInput($"The filter operation '{operation}' needs a value; only 'eq' and 'neq' accept null.");

    public static GraphQLException TotalCountNotAvailable(string coordinate) =>
        BadInput($"'{coordinate}' does not offer 'totalCount'.");

    public static GraphQLException KeyNotComparable(string member) =>
        BadInput($"Cursor paging cannot order by '{member}': its values cannot be compared in the query.");

    // Schema-build misuse, reported through the shaping context.
    public static string NotAList(string feature) =>
        $"[{feature}] needs a field returning IQueryable<T> or IEnumerable<T> of an object type.";

    public static string NotAnObject(string feature) =>
        $"[{feature}] needs a field whose items are of an object type.";

    public static string NoKey(string feature, Type entity) =>
        $"[{feature}] needs a key property 'Id' on {entity.Name} for its cursors.";

    public static string BadDefaultOrder(string order, Type entity) =>
        $"[UseSorting] default order '{order}': name readable properties of {entity.Name}, each optionally followed by ASC or DESC.";

    public static string PagingTwice() => "[UsePaging] and [UseOffsetPaging] cannot both apply to one field.";

    public static string FirstOrDefaultWithPaging() => "[UseFirstOrDefault] cannot be combined with paging.";

    private static GraphQLException BadInput(string message) => new(GraphQLError.Create(message, code: ErrorCodes.BadUserInput));
}
