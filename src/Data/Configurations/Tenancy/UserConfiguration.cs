using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        // E-mail addresses are stored lower-case, so the unique index is case-insensitive in effect.
        builder.ToTable("users", t => t.HasCheckConstraint("ck_users_email_lower_case", "email = lower(email)"));
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
