// The starter area.yml written by `new area`: valid at once, every field explained, TODO where the writer has work to do.
using System.Text;
using Handbook.Model;

namespace Handbook.Scaffold;

internal static class AreaStarterBuilder
{
    /// <summary>The next free `order` among areas, on the 10, 20, 30 grid the contract recommends.</summary>
    public static int NextOrder(Site site) =>
        site.Areas.Select(a => a.Order).OfType<int>().DefaultIfEmpty(0).Max() / 10 * 10 + 10;

    public static string Build(Site site, string slug, string title, int order)
    {
        var shape = site.Settings.Shapes.Count > 0 ? site.Settings.Shapes[0] : null;
        var source = site.Sources.Count > 0 ? site.Sources[0] : null;
        var text = new StringBuilder();
        text.Append("# yaml-language-server: $schema=../../schemas/area.schema.json\n");
        text.Append($"# The area '{slug}'. Every field is described in content/README.md. Replace each TODO, then build:\n");
        text.Append("#   dotnet run --project build/Handbook -- build\n");
        text.Append($"title: {YamlText.Quote(title)}\n");
        text.Append("# Sort key among areas (10, 20, 30, ... so a new area can slot in between).\n");
        text.Append($"order: {order}\n");
        text.Append("# One line for the home page's card and for search (inline Markdown).\n");
        text.Append("summary: \"TODO: what this area covers, in one line.\"\n");
        if (shape is not null)
        {
            text.Append($"# The answer shape its stories follow: a shape id from handbook.yml ({string.Join(", ", site.Settings.Shapes.Select(s => s.Id))}).\n");
            text.Append($"shape: {shape.Id}\n");
        }

        text.Append("# The area's opening text (block Markdown).\n");
        text.Append("intro: |\n  TODO: what this area tests, and what a strong answer shows.\n");
        text.Append("# The area's spine, drawn as a diagram: 2 to 12 steps. Uncomment to use.\n");
        text.Append("# framework:\n#   name: The spine\n#   steps:\n#     - title: First step\n#       tagline: a few words.\n#     - title: Second step\n");
        text.Append("# What the interviewer is looking for: one line per signal.\n");
        text.Append("listening_for:\n  - \"TODO: a signal the interviewer listens for.\"\n");
        if (source is not null)
        {
            text.Append($"# Where to get your data: each `source` is an id from evidence.yml ({string.Join(", ", site.Sources.Select(s => s.Id))}).\n");
            text.Append($"evidence:\n  - source: {source.Id}\n    pull: \"TODO: what to pull from it, continuing 'pull ...'.\"\n");
        }
        else
        {
            text.Append("# Where to get your data: add sources to evidence.yml, then list them here with `evidence:`.\n");
        }

        text.Append("# Quick-fire questions with no page of their own. Uncomment to use.\n");
        text.Append("# more_questions:\n#   items:\n#     - question: A quick-fire question?\n#       how_to_answer:\n#         - The first thing to say.\n");
        text.Append("# Closing advice, shown last (block Markdown). Uncomment to use.\n");
        text.Append("# closing: |\n#   **Before the loop:** pre-load one hard number per story.\n");
        text.Append($"# Add a question page: dotnet run --project build/Handbook -- new question {slug} <question-slug> --question \"...\"\n");
        return text.ToString();
    }
}
