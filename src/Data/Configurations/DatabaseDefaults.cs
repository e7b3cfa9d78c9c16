using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Playbooks.Data.Configurations;

internal static class DatabaseDefaults
{
    /// <summary>
    /// Gives the column the same default the entity's initializer gives, so rows written by SQL
    /// (seeds, triggers, psql) get it too. The sentinel is the default itself: EF omits the column
    /// only when it holds that value, and writes every other value, including <c>0</c> or <c>false</c>,
    /// which a plain <c>HasDefaultValue</c> would silently replace by the default.
    /// </summary>
    public static PropertyBuilder<T> HasDatabaseDefault<T>(this PropertyBuilder<T> property, T value) =>
        property.HasDefaultValue(value).HasSentinel(value);
}
