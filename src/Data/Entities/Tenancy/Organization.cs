using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>A tenant: a customer-success team. Every tenant-owned row points here.</summary>
public class Organization : IHasTimestamps
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    /// <summary>URL-safe unique handle, e.g. <c>acme</c>.</summary>
    public required string Slug { get; set; }
    public JsonDocument? Settings { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
