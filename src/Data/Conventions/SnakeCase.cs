using System.Text;

namespace Playbooks.Data.Conventions;

/// <summary>PascalCase / camelCase to snake_case: <c>OnSuccessStepId</c> → <c>on_success_step_id</c>,
/// <c>ArrValue</c> → <c>arr_value</c>, <c>HTTPStatus</c> → <c>http_status</c>.</summary>
public static class SnakeCase
{
    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var endOfAcronym = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (builder.Length > 0 && builder[^1] != '_' && (previousIsLowerOrDigit || endOfAcronym))
                {
                    builder.Append('_');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
