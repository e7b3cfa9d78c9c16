using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class WorkflowVersionConfiguration : IEntityTypeConfiguration<WorkflowVersion>
{
    public void Configure(EntityTypeBuilder<WorkflowVersion> builder)
    {
        builder.ToTable("workflow_versions", t => t.HasCheckConstraint("ck_workflow_versions_version", "version >= 1"));
        builder.Property(v => v.Config).HasColumnType("jsonb");
        builder.Property(v => v.ChangedAt).HasDefaultValueSql("now()");

        builder.HasIndex(v => new { v.WorkflowId, v.Version }).IsUnique();

        builder.HasOne<User>().WithMany().HasForeignKey(v => v.ChangedBy).OnDelete(DeleteBehavior.SetNull);
    }
}
