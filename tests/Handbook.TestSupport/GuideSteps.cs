// The commands of a Markdown guide: every line of its ```sh blocks, in order, with `\` continuations joined and comments dropped.
using System.Text.RegularExpressions;

namespace Handbook.Tests.Support;

public static partial class GuideSteps
{
    public static IReadOnlyList<string> Parse(string markdown)
    {
        var commands = new List<string>();
        foreach (Match block in ShBlock().Matches(markdown.Replace("\r", "")))
        {
            var pending = "";
            foreach (var raw in block.Groups[1].Value.Split('\n'))
            {
                var line = raw.Trim();
                if (pending.Length == 0 && (line.Length == 0 || line.StartsWith('#'))) continue;
                if (line.EndsWith('\\')) { pending += line[..^1]; continue; }
                commands.Add((pending + line).Trim());
                pending = "";
            }
        }

        return commands;
    }

    /// <summary>The handbook subcommand a line runs ("new", "build", "serve", ...), or null for other commands.</summary>
    public static string? Subcommand(string command)
    {
        const string prefix = "dotnet run --project build/Handbook -- ";
        return command.StartsWith(prefix, StringComparison.Ordinal) ? command[prefix.Length..].Split(' ')[0] : null;
    }

    [GeneratedRegex(@"^```sh\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ShBlock();
}
