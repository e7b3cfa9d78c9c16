using HandlebarsDotNet;

namespace Playbooks.Data.Seeding;

/// <summary>Handlebars syntax checks for templates stored in configs: balanced <c>{{ }}</c>, every
/// block closed by its own name, and a successful compile.</summary>
public static class TemplateSyntax
{
    private static readonly IHandlebars Compiler = Handlebars.Create();

    /// <summary>Null when the template is well formed; otherwise why it is not.</summary>
    public static string? Check(string template)
    {
        var open = 0;
        var blocks = new Stack<string>();
        for (var i = 0; i < template.Length - 1; i++)
        {
            if (template[i] == '{' && template[i + 1] == '{')
            {
                var end = template.IndexOf("}}", i + 2, StringComparison.Ordinal);
                var nextOpen = template.IndexOf("{{", i + 2, StringComparison.Ordinal);
                if (end < 0 || (nextOpen >= 0 && nextOpen < end && template[i + 2] != '{'))
                {
                    return $"unbalanced Handlebars braces at offset {i}";
                }
                var tag = template[(i + 2)..end].Trim().TrimStart('{').TrimEnd('}').Trim();
                if (tag.StartsWith('#'))
                {
                    blocks.Push(tag[1..].Split(' ', 2)[0]);
                }
                else if (tag.StartsWith('/'))
                {
                    var name = tag[1..].Trim();
                    if (blocks.Count == 0 || blocks.Pop() != name)
                    {
                        return $"Handlebars block {{{{/{name}}}}} closes no open {{{{#{name}}}}}";
                    }
                }
                open++;
                i = end + 1;
            }
            else if (template[i] == '}' && template[i + 1] == '}')
            {
                return $"unbalanced Handlebars braces at offset {i}";
            }
        }
        if (blocks.Count > 0)
        {
            return $"Handlebars block {{{{#{blocks.Peek()}}}}} is never closed";
        }
        try
        {
            Compiler.Compile(template);
            return null;
        }
        catch (HandlebarsException exception)
        {
            return "Handlebars: " + exception.Message;
        }
    }
}
