using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class ActionExecutionConfiguration : IEntityTypeConfiguration<ActionExecution>
{
    public void Configure(EntityTypeBuilder<ActionExecution> builder)
    {
        builder.ToTable("action_executions");
        builder.Property(a => a.StepId).HasMaxLength(100);
        builder.Property(a => a.Parameters).HasColumnType("jsonb");
        builder.Property(a => a.Result).HasColumnType("jsonb");
        builder.Property(a => a.ExecutedAt).HasDefaultValueSql("now()");

        builder.HasIndex(a => a.ExecutedAt);

        // A saved action that has run stays, so its log keeps saying what ran.
        builder.HasOne(a => a.SavedAction).WithMany().HasForeignKey(a => a.SavedActionId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.ExecutedBy).OnDelete(DeleteBehavior.SetNull);
    }
}
