using GraphQL.Types.CodeFirst;
using Playbooks.Data.Entities;

namespace Playbooks.Schema.Auth;

/// <summary>The organization (tenant) a request runs as.</summary>
[GraphQLName("Organization")]
[GraphQLDescription("A tenant: a customer-success team. Every request runs as exactly one.")]
public sealed record OrganizationInfo([property: ID] Guid Id, string Name, string Slug)
{
    public static OrganizationInfo From(Organization organization) => new(organization.Id, organization.Name, organization.Slug);
}
