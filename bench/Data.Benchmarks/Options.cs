namespace Playbooks.Benchmarks.Data;

/// <summary><c>--name value</c> pairs; a repeated name keeps every value.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"expected --option, got '{args[i]}'");
            }
            var name = args[i][2..];
            if (!options._values.TryGetValue(name, out var list))
            {
                options._values[name] = list = [];
            }
            list.Add(args[i + 1]);
        }
        return options;
    }

    public string Required(string name) =>
        Get(name) ?? throw new ArgumentException($"--{name} is required");

    public string? Get(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    public int Int(string name, int fallback) => Get(name) is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var list) ? list : [];
}
