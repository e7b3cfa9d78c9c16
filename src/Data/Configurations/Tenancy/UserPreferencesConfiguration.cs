using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class UserPreferencesConfiguration : IEntityTypeConfiguration<UserPreferences>
{
    public void Configure(EntityTypeBuilder<UserPreferences> builder)
    {
        builder.ToTable("user_preferences");
        builder.Property(p => p.Chat).HasColumnType("jsonb");
        builder.Property(p => p.Notifications).HasColumnType("jsonb");
        builder.Property(p => p.Ui).HasColumnType("jsonb");
        builder.Property(p => p.Workflow).HasColumnType("jsonb");
    }
}
