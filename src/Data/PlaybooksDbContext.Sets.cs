using Microsoft.EntityFrameworkCore;
using Playbooks.Data.Entities;

namespace Playbooks.Data;

public partial class PlaybooksDbContext
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Playbook> Playbooks => Set<Playbook>();
}
