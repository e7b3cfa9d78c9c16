using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class PlaybookTriggerConfiguration : IEntityTypeConfiguration<PlaybookTrigger>
{
    public void Configure(EntityTypeBuilder<PlaybookTrigger> builder)
    {
        builder.ToTable("playbook_triggers");
        builder.Property(t => t.Config).HasColumnType("jsonb");
        builder.Property(t => t.IsEnabled).HasDatabaseDefault(false);

        // The evaluator reads only the enabled triggers of a type.
        builder.HasIndex(t => t.TriggerType).HasFilter("is_enabled");
    }
}
