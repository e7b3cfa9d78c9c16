namespace GraphQL.Types.CodeFirst;

/// <summary>The build errors of the mutation conventions, written once.</summary>
internal static class MutationConventionErrors
{
    public static string NotAnException(string site, Type type) =>
        $"{site}: [Error] names {Naming.Display(type)}, which is not an exception; a mutation reports the exceptions it throws.";
}
