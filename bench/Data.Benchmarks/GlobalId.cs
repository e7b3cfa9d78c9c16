using System.Buffers.Text;
using System.Text;

namespace Playbooks.Benchmarks.Data;

/// <summary>The server's opaque node ids (src/GraphQL/Data: base64url of <c>Type:key</c>), so both sides answer the same.</summary>
internal static class GlobalId
{
    public static string Encode(string typeName, Guid key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{key:D}"));
}
