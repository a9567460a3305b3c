// Stage: parses the content files into the typed model, reporting every problem of every file.
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Content;

public sealed class LoadContentStage : IStage
{
    // After the reading stage's errors (a FIFO, a bad link, an unreadable file) the rest still loads, so one run reports every
    // problem; the files it refused, or that a look-alike name stands for, are not reported missing as well.
    public bool RunsAfterErrors => true;

    public Site Run(Site site, BuildContext context)
    {
        var diagnostics = context.Diagnostics;
        // No content folder: nothing to load, and "no handbook.yml" would only repeat that.
        if (diagnostics.Items.Any(d => d.Code == Codes.MissingFolder)) return site;
        var files = site.Inputs.Content;
        // Split once: in a large handbook every rebuild walks thousands of paths three times.
        var parts = files.Select(f => (File: f, Parts: f.RelativePath.Split('/'))).ToList();
        var unread = site.Inputs.RefusedContent.ToHashSet(StringComparer.Ordinal);
        foreach (var p in parts)
            if (LookAlike(p.Parts) is { } meant) unread.Add(string.Join('/', p.Parts[..^1].Append(meant)));
        // Looked up by path, not searched: a large handbook has thousands of files and one area.yml per area to find.
        var byPath = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var previous = PreviousContent.Of(context);
        var settings = Find(byPath, "handbook.yml") is { } hf && previous?.Settings(hf) is { } oldSettings ? oldSettings
            : ReadRequired(byPath, "handbook.yml", unread, diagnostics, context) is { } h
                ? HandbookFileReader.Read(h) with { Fingerprint = byPath["handbook.yml"].Fingerprint } : new HandbookSettings();
        var sources = Find(byPath, "evidence.yml") is { } ef && previous?.Sources(ef) is { } oldSources ? oldSources
            : ReadRequired(byPath, "evidence.yml", unread, diagnostics, context) is { } e ? EvidenceFileReader.Read(e) : [];
        // Grouped once: filtering every file for every area would be quadratic in a large handbook.
        var questionFiles = parts.Where(p => IsQuestionFile(p.Parts)).ToLookup(p => p.Parts[1], p => p.File, StringComparer.Ordinal);

        var read = new List<(Area Area, List<InputFile> Files)>();
        foreach (var folder in AreaFolders(parts.Select(p => p.Parts)))
        {
            var (slug, prefixOrder) = Slug.FromName(folder);
            CheckSlug(slug, folder, diagnostics, context);
            var areaFile = Find(byPath, $"areas/{folder}/area.yml");
            if (areaFile is null)
            {
                if (unread.Contains($"areas/{folder}/area.yml")) continue;
                diagnostics.Error(new SourceLocation(ContentPath(context, $"areas/{folder}/area.yml")), Codes.MissingFile,
                    $"Area folder 'areas/{folder}' has no area.yml.");
                continue;
            }

            var oldArea = previous?.Area(areaFile);
            var map = oldArea is null ? YamlDocumentReader.Read(areaFile, diagnostics, Schema(byPath, "area", "../../")) : null;
            if (oldArea is null && map is null) continue;
            var area = oldArea ?? AreaFileReader.Read(map!, slug, prefixOrder) with { ContentPath = areaFile.RelativePath, Fingerprint = areaFile.Fingerprint };
            read.Add((area, [.. questionFiles[folder].OrderBy(f => f.RelativePath, StringComparer.Ordinal)]));
        }

        // The question files of every area at once, on every core: each file is read on its own into its own slot, and
        // diagnostics are sorted by file and position when printed.
        var questions = read.Select(a => new Question?[a.Files.Count]).ToArray();
        var work = read.SelectMany((a, i) => a.Files.Select((file, j) => (Area: i, Index: j, File: file))).ToList();
        Parallel.ForEach(work, new ParallelOptions { CancellationToken = context.Cancellation },
            w => questions[w.Area][w.Index] = previous?.Question(w.File) ?? ReadQuestion(w.File, byPath, diagnostics));
        var areas = read.Select((a, i) => a.Area with { Questions = Ordering.Sort(questions[i].OfType<Question>().ToList(), q => q.Order, q => q.SourceFile) }).ToList();

        foreach (var (file, path) in parts.Where(p => !IsKnown(p.Parts)))
        {
            if (LookAlike(path) is { } name)
            {
                var beside = string.Join('/', path[..^1].Append(name));
                diagnostics.Error(new SourceLocation(file.DisplayPath), Codes.LookAlikeFile, byPath.ContainsKey(beside)
                    ? $"The generator reads '.yml' files only, so it reads '{name}' beside this file and not this one; merge the two and delete this one."
                    : $"The generator reads '.yml' files only; rename this file to '{name}'.");
                continue;
            }

            diagnostics.Warning(new SourceLocation(file.DisplayPath), Codes.StrayFile,
                "This file is not read by the generator: content holds handbook.yml, evidence.yml and areas/<area>/area.yml with areas/<area>/questions/<question>.yml (and schemas/*.json for editors).");
        }

        return site with { Settings = settings, Sources = sources, Areas = Ordering.Sort(areas, a => a.Order, a => a.SourceFile) };
    }

    private static Question? ReadQuestion(InputFile file, Dictionary<string, InputFile> byPath, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileNameWithoutExtension(file.RelativePath);
        var (slug, order) = Slug.FromName(name);
        if (!Slug.IsValid(slug))
        {
            diagnostics.Error(new SourceLocation(file.DisplayPath), Codes.BadSlug,
                $"Question file name '{Slug.Show(name)}' is not a valid slug: {Slug.Rule} (e.g. '{IdReader.Suggest(slug)}.yml').");
        }
        else if (PageUrls.ReservedQuestionSlugs.TryGetValue(slug, out var page))
        {
            diagnostics.Error(new SourceLocation(file.DisplayPath), Codes.BadSlug,
                $"Question slug '{slug}' is reserved for {page}; rename the file.");
        }

        return YamlDocumentReader.Read(file, diagnostics, Schema(byPath, "question", "../../../")) is { } map
            ? QuestionFileReader.Read(map, slug, order) with { ContentPath = file.RelativePath, Fingerprint = file.Fingerprint }
            : null;
    }

    private static YamlMap? ReadRequired(Dictionary<string, InputFile> files, string name, HashSet<string> unread, DiagnosticBag diagnostics, BuildContext context)
    {
        if (Find(files, name) is { } file) return YamlDocumentReader.Read(file, diagnostics, Schema(files, Path.GetFileNameWithoutExtension(name), ""));
        if (unread.Contains(name)) return null;
        diagnostics.Error(new SourceLocation(ContentPath(context, name)), Codes.MissingFile,
            $"The content folder has no {name}.");
        return null;
    }

    /// <summary>The schema line's path for a file of this kind, when the content folder has that schema (a fork without schemas/
    /// is not asked for lines that would point at nothing).</summary>
    private static string? Schema(Dictionary<string, InputFile> files, string kind, string up) =>
        files.ContainsKey($"schemas/{kind}.schema.json") ? $"{up}schemas/{kind}.schema.json" : null;

    private static InputFile? Find(Dictionary<string, InputFile> files, string relative) => files.GetValueOrDefault(relative);

    /// <summary>The '.yml' name a file spelled '.yaml', '.YML' or the like was meant to have, when that name is one the generator
    /// reads; otherwise null (a stray file, warned about as such).</summary>
    private static string? LookAlike(string[] parts)
    {
        var name = parts[^1];
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || IsYaml(name)) return null;
        var extension = name[dot..];
        if (!extension.Equals(".yml", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)) return null;
        var renamed = name[..dot] + ".yml";
        return IsKnown([.. parts[..^1], renamed]) ? renamed : null;
    }

    private static IEnumerable<string> AreaFolders(IEnumerable<string[]> paths) =>
        paths.Where(parts => parts.Length >= 3 && parts[0] == "areas" && IsYaml(parts[^1]))
             .Select(parts => parts[1])
             .Distinct()
             .Order(StringComparer.Ordinal);

    private static void CheckSlug(string slug, string folder, DiagnosticBag diagnostics, BuildContext context)
    {
        if (PageUrls.Reserved.Contains(slug))
            diagnostics.Error(new SourceLocation(ContentPath(context, $"areas/{folder}")), Codes.BadSlug,
                $"Area slug '{slug}' is reserved for the site's own pages ({string.Join(", ", PageUrls.Reserved)}); rename the folder.");
        if (Slug.IsValid(slug)) return;
        diagnostics.Error(new SourceLocation(ContentPath(context, $"areas/{folder}")), Codes.BadSlug,
            $"Area folder name '{Slug.Show(folder)}' is not a valid slug: {Slug.Rule} (e.g. '{IdReader.Suggest(slug)}').");
    }

    private static string ContentPath(BuildContext context, string relative) =>
        context.DisplayPath(Path.Combine(context.Options.ContentDir, relative));

    private static bool IsQuestionFile(string[] parts) =>
        parts.Length == 4 && parts[0] == "areas" && parts[2] == "questions" && IsYaml(parts[3]);

    private static bool IsKnown(string[] parts)
    {
        if (parts[^1].EndsWith(".md", StringComparison.OrdinalIgnoreCase) || parts[^1].StartsWith('.')) return true;
        return parts switch
        {
            ["handbook.yml" or "evidence.yml"] => true,
            ["areas", _, "area.yml"] => true,
            ["areas", _, "questions", var q] => IsYaml(q),
            ["schemas", var schema] => schema.EndsWith(".json", StringComparison.Ordinal), // JSON Schemas for editors
            _ => false,
        };
    }

    // '.yml' exactly: a '.yaml' or '.YML' beside it would otherwise be a second copy read silently, or on another file system not at all.
    private static bool IsYaml(string name) => name.EndsWith(".yml", StringComparison.Ordinal);
}
