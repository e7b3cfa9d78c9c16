namespace GraphQL.Types.CodeFirst;

public sealed partial class CodeFirstSchemaBuilder
{
    /// <summary>
    /// Exposes mutations through the mutation conventions (see <c>README.md</c>): a method <c>CreatePlaybook(string title)</c>
    /// becomes <c>createPlaybook(input: CreatePlaybookInput!): CreatePlaybookPayload!</c>, whose payload has the result
    /// (<c>playbook</c>) and <c>errors</c>, the exceptions the method declares with <see cref="ErrorAttribute"/>. Without
    /// this call only methods marked <see cref="UseMutationConventionAttribute"/> follow them.
    /// </summary>
    public CodeFirstSchemaBuilder AddMutationConventions(MutationConventionOptions? options = null)
    {
        _registrations.MutationConventions = options ?? MutationConventionOptions.Default;
        return this;
    }
}
