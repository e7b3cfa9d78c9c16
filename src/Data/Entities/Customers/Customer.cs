using System.Text.Json;

namespace Playbooks.Data.Entities;

/// <summary>A customer account that a CSM looks after and renews (the <c>accounts</c> of
/// 01-playbook-persistence.md and 02-data-persistence-status.md; there, a "customer" is the tenant).</summary>
public class Customer : ITenantOwned, IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public required string Name { get; set; }
    public string? Domain { get; set; }
    public string? Industry { get; set; }
    public string? Region { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>Annual recurring revenue, in the organization's currency.</summary>
    public decimal? Arr { get; set; }
    public decimal? PreviousArr { get; set; }
    public DateOnly? RenewalDate { get; set; }
    /// <summary>0–100.</summary>
    public int? HealthScore { get; set; }
    public AccountPlan? AccountPlan { get; set; }
    /// <summary>Overdue, Emergency, Critical … Monitor: written by the database function
    /// <c>calculate_renewal_stage(renewal_date)</c>, so it is text, not an enum.</summary>
    public string? RenewalStage { get; set; }
    public Guid? CsmUserId { get; set; }
    public CustomerStatus Status { get; set; } = CustomerStatus.Active;
    public JsonDocument? Metadata { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public User? Csm { get; set; }
    public List<CustomerKpi> Kpis { get; set; } = [];
    public List<HealthTrend> HealthTrends { get; set; } = [];
}

/// <summary>How the account is managed, from ARR and health (<c>calculate_account_plan</c>).</summary>
public enum AccountPlan
{
    Invest,
    Manage,
    Monitor,
    Expand,
}

public enum CustomerStatus
{
    Active,
    AtRisk,
    Churned,
    Onboarding,
}
