// Counts, straight from the content model, the pages that hold a word starting with each given prefix.
using Handbook.Build;
using Handbook.Content;
using Handbook.Core;
using Handbook.Input;
using Handbook.Search;

namespace Handbook.Benchmarks;

public sealed class GroundTruth
{
    private readonly List<HashSet<string>> _pages;

    public GroundTruth(BuildOptions options, string workingDirectory)
    {
        var context = new BuildContext(options, workingDirectory);
        var site = Pipeline.Run([new ReadInputsStage(), new LoadContentStage(), new ValidateReferencesStage()], context);
        _pages = [.. new SearchDocumentBuilder(site).Build()
            .Select(d => d.Sections.SelectMany(s => s.Texts).SelectMany(t => Tokenizer.Words(t.Text)).ToHashSet())];
    }

    public int Pages => _pages.Count;

    /// <summary>Pages holding, for every prefix, some word that starts with it.</summary>
    public int Count(IEnumerable<string> prefixes) =>
        _pages.Count(words => prefixes.All(p => words.Any(w => w.StartsWith(p, StringComparison.Ordinal))));
}
