using System.Text.Json;

namespace GraphQL.PersistedDocuments;

/// <summary>
/// Reads trusted documents from a folder at start-up: each <c>&lt;sha256-hex&gt;.graphql</c> file is one document, and each
/// <c>*.json</c> file is a manifest <c>{ "&lt;sha256-hex&gt;": "query …" }</c> as graphql-codegen's client preset
/// (<c>persisted-documents.json</c>) and Relay (<c>persistedQueries</c>) write. Every hash is checked against its text.
/// </summary>
public static class DocumentFolder
{
    /// <summary>Adds the folder's documents to <paramref name="store"/>; returns how many were read.</summary>
    /// <exception cref="InvalidDataException">A file's name or manifest entry does not match its document's hash.</exception>
    public static int LoadInto(InMemoryDocumentStore store, string folder)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.graphql").Order(StringComparer.Ordinal))
        {
            Add(store, Path.GetFileNameWithoutExtension(file), File.ReadAllText(file), file);
            count++;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var manifest = JsonDocument.Parse(File.ReadAllText(file));
            if (manifest.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{file}: a persisted-documents manifest is a JSON object of hash → document.");
            }

            foreach (var entry in manifest.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.String)
                {
                    throw new InvalidDataException($"{file}: the entry \"{entry.Name}\" is not a string.");
                }

                Add(store, entry.Name, entry.Value.GetString()!, file);
                count++;
            }
        }

        return count;
    }

    private static void Add(InMemoryDocumentStore store, string hash, string document, string file)
    {
        try
        {
            store.Add(DocumentIds.StripPrefix(hash), document);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidDataException($"{file}: {exception.Message}", exception);
        }
    }
}
