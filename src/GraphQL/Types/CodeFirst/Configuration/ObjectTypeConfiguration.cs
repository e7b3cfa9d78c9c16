using System.Reflection;

namespace GraphQL.Types.CodeFirst;

/// <summary>What <see cref="CodeFirstSchemaBuilder.ConfigureObject{T}"/> recorded for one CLR type, applied when the type is built.</summary>
internal sealed class ObjectTypeConfiguration(Type clrType)
{
    public Type ClrType { get; } = clrType;

    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<MemberInfo> Ignored { get; } = [];

    public List<FieldConfiguration> Fields { get; } = [];

    public List<FieldConfiguration> ComputedFields { get; } = [];

    /// <summary>Problems found while configuring, reported by the build.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Set when the type was built, so a configuration of a type outside the schema is reported.</summary>
    public bool IsApplied { get; set; }

    public bool IsIgnored(MemberInfo member) => Ignored.Exists(ignored => ReflectionMembers.AreSame(ignored, member));

    public FieldConfiguration? Find(MemberInfo member) => Fields.Find(field => ReflectionMembers.AreSame(field.Member!, member));

    public FieldConfiguration ForMember(MemberInfo member)
    {
        var existing = Find(member);
        if (existing is not null)
        {
            return existing;
        }

        var created = new FieldConfiguration { Member = member };
        Fields.Add(created);
        return created;
    }
}
