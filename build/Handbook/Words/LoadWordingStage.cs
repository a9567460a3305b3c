// Stage: reads the site's wording and section ids (templates/strings.yml and sections.yml over the built-in ones) onto the model.
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Words;

public sealed class LoadWordingStage : IStage
{
    /// <summary>Reads only the two template files, so an input error before it must not hide the content errors after it.</summary>
    public bool RunsAfterErrors => true;

    public Site Run(Site site, BuildContext context)
    {
        // A rebuild whose two files did not change keeps the same object, so the diagrams drawn with it are kept too.
        if (context.Rebuild?.LastGood is { Wording: { } kept } previous
            && WordingReader.Files(previous.Inputs.Templates).SequenceEqual(WordingReader.Files(site.Inputs.Templates), SameFile.Instance))
            return site with { Wording = kept };
        return site with { Wording = WordingReader.Read(site.Inputs.Templates, context.Diagnostics) };
    }

    private sealed class SameFile : IEqualityComparer<InputFile>
    {
        public static readonly SameFile Instance = new();
        public bool Equals(InputFile? x, InputFile? y) => y is not null && y.Unchanged(x);
        public int GetHashCode(InputFile obj) => obj.RelativePath.GetHashCode(StringComparison.Ordinal);
    }
}
