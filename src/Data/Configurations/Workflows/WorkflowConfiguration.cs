using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class WorkflowConfiguration : IEntityTypeConfiguration<Workflow>
{
    public void Configure(EntityTypeBuilder<Workflow> builder)
    {
        builder.ToTable("workflows", t => t.HasCheckConstraint("ck_workflows_is_core", "is_core = (organization_id IS NULL)"));
        builder.Property(w => w.WorkflowKey).HasMaxLength(50);
        builder.Property(w => w.Name).HasMaxLength(255);
        builder.Property(w => w.Version).HasMaxLength(20).HasDatabaseDefault("1.0.0");
        builder.Property(w => w.Config).HasColumnType("jsonb");
        builder.Property(w => w.IsCore).HasDatabaseDefault(false);

        // Nulls not distinct: two core workflows may not share a key either.
        builder.HasIndex(w => new { w.OrganizationId, w.WorkflowKey }).IsUnique().AreNullsDistinct(false);

        builder.HasOne<User>().WithMany().HasForeignKey(w => w.CreatedBy).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(w => w.Versions).WithOne(v => v.Workflow).HasForeignKey(v => v.WorkflowId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(w => w.ChatBranches).WithOne(b => b.Workflow).HasForeignKey(b => b.WorkflowId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
