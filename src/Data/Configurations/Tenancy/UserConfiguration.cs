using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        // 320: the longest address RFC 5321 allows (64 local + @ + 255 domain).
        builder.Property(u => u.Email).HasMaxLength(320);
        builder.Property(u => u.Name).HasMaxLength(255);
        builder.Property(u => u.PasswordHash).HasMaxLength(255);
        builder.Property(u => u.Role).HasDatabaseDefault(UserRole.Member);
        builder.Property(u => u.IsActive).HasDatabaseDefault(true);

        builder.HasIndex(u => u.Email).IsUnique();

        builder.HasOne(u => u.Preferences).WithOne(p => p.User).HasForeignKey<UserPreferences>(p => p.UserId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
