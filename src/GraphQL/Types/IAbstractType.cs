namespace GraphQL.Types;

/// <summary>
/// An interface or union: a type whose runtime value is one of several object types
/// (see <see cref="Schema.GetPossibleTypes"/>).
/// </summary>
public interface IAbstractType : ICompositeType
{
}
