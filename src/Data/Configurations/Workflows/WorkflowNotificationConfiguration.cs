using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class WorkflowNotificationConfiguration : IEntityTypeConfiguration<WorkflowNotification>
{
    public void Configure(EntityTypeBuilder<WorkflowNotification> builder)
    {
        builder.ToTable("workflow_notifications");
        builder.Property(n => n.NotificationType).HasMaxLength(50);
        builder.Property(n => n.Title).HasMaxLength(255);
        builder.Property(n => n.Recipients).HasColumnType("text[]").HasDefaultValueSql("'{}'");
        builder.Property(n => n.Priority).HasDatabaseDefault(NotificationPriority.Normal);
        builder.Property(n => n.Status).HasDatabaseDefault(NotificationStatus.Pending);
        builder.Property(n => n.ActionTriggered).HasMaxLength(100);
        builder.Property(n => n.Metadata).HasColumnType("jsonb");

        builder.HasIndex(n => n.Status);
    }
}
