using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class SavedActionConfiguration : IEntityTypeConfiguration<SavedAction>
{
    public void Configure(EntityTypeBuilder<SavedAction> builder)
    {
        builder.ToTable("saved_actions");
        builder.Property(a => a.ActionKey).HasMaxLength(100);
        builder.Property(a => a.ActionName).HasMaxLength(255);
        builder.Property(a => a.Handler).HasMaxLength(255);
        builder.Property(a => a.Config).HasColumnType("jsonb");
        builder.Property(a => a.AvailableGlobally).HasDatabaseDefault(true);

        // Nulls not distinct: two shared actions may not share a key either.
        builder.HasIndex(a => new { a.OrganizationId, a.ActionKey }).IsUnique().AreNullsDistinct(false);

        builder.HasOne<User>().WithMany().HasForeignKey(a => a.CreatedBy).OnDelete(DeleteBehavior.SetNull);
    }
}
