namespace GraphQL.Types.CodeFirst;

/// <summary>A union: its name (or the marker type it is named after) and its member CLR types.</summary>
internal sealed record UnionRegistration(string? Name, Type? Marker, Type[] Members);
