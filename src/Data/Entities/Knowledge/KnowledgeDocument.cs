using System.Text.Json;
using NpgsqlTypes;

namespace Playbooks.Data.Entities;

/// <summary>A document the RAG search reads (02-data-persistence-status.md, <c>rag_knowledge_base</c>),
/// optionally about one customer.</summary>
public class KnowledgeDocument : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid? CustomerId { get; set; }
    public required string Title { get; set; }
    public required string Content { get; set; }
    /// <summary>Where the text came from: a file name, a URL, a system.</summary>
    public string? Source { get; set; }
    public JsonDocument? Metadata { get; set; }
    /// <summary>Computed by the database from the title and content; never written.</summary>
    public NpgsqlTsVector? SearchVector { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public Customer? Customer { get; set; }
}
