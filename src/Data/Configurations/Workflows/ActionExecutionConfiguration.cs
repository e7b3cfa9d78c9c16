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

        // No action, not restrict: a saved action in use stays, yet deleting its organization may cascade
        // to the action and its log in either order (NO ACTION is checked at the end of the statement).
        builder.HasOne(a => a.SavedAction).WithMany().HasForeignKey(a => a.SavedActionId)
            .OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.ExecutedBy).OnDelete(DeleteBehavior.SetNull);
    }
}
