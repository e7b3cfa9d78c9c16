using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GraphQL.Execution;

/// <summary>The SHA-256 hash of a document's text (UTF-8): the key of the parse cache, and what persisted queries name.</summary>
public readonly record struct DocumentHash(ulong Part1, ulong Part2, ulong Part3, ulong Part4)
{
    private const int StackLimit = 1024;

    public static DocumentHash Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var byteCount = Encoding.UTF8.GetByteCount(text);
        byte[]? rented = null;
        var bytes = byteCount <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
        try
        {
            var written = Encoding.UTF8.GetBytes(text, bytes);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(bytes[..written], hash);
            return new DocumentHash(
                BinaryPrimitives.ReadUInt64BigEndian(hash),
                BinaryPrimitives.ReadUInt64BigEndian(hash[8..]),
                BinaryPrimitives.ReadUInt64BigEndian(hash[16..]),
                BinaryPrimitives.ReadUInt64BigEndian(hash[24..]));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Reads 64 hex digits (as <see cref="ToString"/> writes them); false for anything else.</summary>
    public static bool TryParse(string? hex, out DocumentHash hash)
    {
        hash = default;
        if (hex is not { Length: 64 }
            || !ulong.TryParse(hex.AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var part1)
            || !ulong.TryParse(hex.AsSpan(16, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var part2)
            || !ulong.TryParse(hex.AsSpan(32, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var part3)
            || !ulong.TryParse(hex.AsSpan(48, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var part4))
        {
            return false;
        }

        hash = new DocumentHash(part1, part2, part3, part4);
        return true;
    }

    /// <summary>The hash as 64 lower-case hex digits, as persisted-query protocols write it.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Part1:x16}{Part2:x16}{Part3:x16}{Part4:x16}");
}
