// Which of the last good build's pages a rebuild may keep: none after new templates, else each whose recorded reads still hash the same.
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Templates;

public static class PageReuse
{
    /// <summary>The last good build's files by path, to keep those of its pages whose reads are unchanged; null renders every page.</summary>
    /// <remarks>Templates and wording (templates/strings.yml, sections.yml) may show any part of the model in any page, and are
    /// not reads of it, so any change to them renders every page.</remarks>
    public static Dictionary<string, OutputFile>? Previous(Site site, BuildContext context)
    {
        if (context.Rebuild?.LastGood is not { } previous || !SameFiles(previous.Inputs.Templates, site.Inputs.Templates)) return null;
        return previous.Outputs.ToDictionary(o => o.Path, StringComparer.Ordinal);
    }

    private static bool SameFiles(IReadOnlyList<InputFile> before, IReadOnlyList<InputFile> after) =>
        before.Count == after.Count && before.Zip(after).All(pair => pair.Second.Unchanged(pair.First));
}
