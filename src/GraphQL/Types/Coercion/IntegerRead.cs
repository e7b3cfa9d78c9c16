namespace GraphQL.Types;

/// <summary>The outcome of <see cref="Numbers.ReadInteger"/>.</summary>
internal enum IntegerRead
{
    /// <summary>Not a CLR number at all.</summary>
    NotNumber,

    /// <summary>A number with a fractional part, or not finite.</summary>
    NotInteger,

    /// <summary>An integer outside the 64-bit signed range.</summary>
    OutOfRange,

    /// <summary>An integer, read into the result.</summary>
    Integer,
}
