using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("customers", t =>
        {
            t.HasCheckConstraint("ck_customers_health_score", "health_score BETWEEN 0 AND 100");
            t.HasCheckConstraint("ck_customers_arr", "arr >= 0");
            t.HasCheckConstraint("ck_customers_previous_arr", "previous_arr >= 0");
        });
        builder.Property(c => c.Name).HasMaxLength(255);
        builder.Property(c => c.Domain).HasMaxLength(255);
        builder.Property(c => c.Industry).HasMaxLength(100);
        builder.Property(c => c.Region).HasMaxLength(100);
        builder.Property(c => c.Email).HasMaxLength(320);
        builder.Property(c => c.Phone).HasMaxLength(50);
        builder.Property(c => c.Arr).HasPrecision(14, 2);
        builder.Property(c => c.PreviousArr).HasPrecision(14, 2);
        // Derived by the customer_derived_columns trigger on every write (Migrations/Sql/functions.sql).
        builder.Property(c => c.RenewalStage).HasMaxLength(20).ValueGeneratedOnAddOrUpdate();
        builder.Property(c => c.AccountPlan).ValueGeneratedOnAddOrUpdate();
        builder.Property(c => c.Status).HasDatabaseDefault(CustomerStatus.Active);
        builder.Property(c => c.Metadata).HasColumnType("jsonb");

        builder.HasIndex(c => c.RenewalDate);
        builder.HasIndex(c => c.Status);

        builder.HasOne(c => c.Csm).WithMany().HasForeignKey(c => c.CsmUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Kpis).WithOne(k => k.Customer).HasForeignKey(k => k.CustomerId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.HealthTrends).WithOne(h => h.Customer).HasForeignKey(h => h.CustomerId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
