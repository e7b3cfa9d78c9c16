namespace GraphQL.Types;

/// <summary>The object and interface types that declare they implement one interface (see <see cref="Schema.GetImplementations"/>).</summary>
public sealed class InterfaceImplementations
{
    internal static readonly InterfaceImplementations None = new([], []);

    internal InterfaceImplementations(IReadOnlyList<ObjectType> objects, IReadOnlyList<InterfaceType> interfaces)
    {
        Objects = objects;
        Interfaces = interfaces;
    }

    public IReadOnlyList<ObjectType> Objects { get; }

    public IReadOnlyList<InterfaceType> Interfaces { get; }
}
