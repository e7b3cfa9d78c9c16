using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Playbooks.Data.Entities;

namespace Playbooks.Data.Configurations;

internal sealed class KnowledgeDocumentConfiguration : IEntityTypeConfiguration<KnowledgeDocument>
{
    public void Configure(EntityTypeBuilder<KnowledgeDocument> builder)
    {
        builder.ToTable("knowledge_documents");
        builder.Property(d => d.Title).HasMaxLength(500);
        builder.Property(d => d.Source).HasMaxLength(1000);
        builder.Property(d => d.Metadata).HasColumnType("jsonb");

        builder.HasGeneratedTsVectorColumn(d => d.SearchVector!, "english", d => new { d.Title, d.Content })
            .HasIndex(d => d.SearchVector).HasMethod("gin");

        builder.HasOne(d => d.Customer).WithMany().HasForeignKey(d => d.CustomerId).OnDelete(DeleteBehavior.SetNull);
    }
}
