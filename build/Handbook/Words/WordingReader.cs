// Reads templates/strings.yml and templates/sections.yml over the built-in ones, key by key, reporting mistakes with their place.
using System.Text;
using Handbook.Diagnostics;
using Handbook.Input;
using Handbook.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Handbook.Words;

public static class WordingReader
{
    public const string StringsFile = "strings.yml";
    public const string SectionsFile = "sections.yml";
    private static readonly string[] SectionFields = ["id", "heading", "toc"];

    private static readonly Lazy<Wording> LazyBuiltIn = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var wording = Read(BuiltInFiles.Templates, diagnostics);
        return diagnostics.HasErrors ? throw new InvalidOperationException(string.Join("\n", diagnostics.Items)) : wording;
    });

    /// <summary>The wording of the generator's own templates/.</summary>
    public static Wording BuiltIn => LazyBuiltIn.Value;

    /// <summary>The site's wording, or the built-in one for a model made without LoadWordingStage (tests, benchmarks).</summary>
    public static Wording Of(Site site) => site.Wording ?? BuiltIn;

    /// <summary>The two files among the templates, the built-in ones where the fork has none.</summary>
    public static IEnumerable<InputFile> Files(IReadOnlyList<InputFile> templates) =>
        templates.Where(f => f.RelativePath is StringsFile or SectionsFile);

    public static Wording Read(IReadOnlyList<InputFile> templates, DiagnosticBag diagnostics)
    {
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        var sections = new List<PageSection>();
        var fingerprint = new FingerprintBuilder();
        foreach (var file in Layers(templates, StringsFile))
        {
            fingerprint.Add(file.Fingerprint);
            if (Root(file, diagnostics) is { } root) ReadStrings(file, root, text, diagnostics);
        }

        foreach (var file in Layers(templates, SectionsFile))
        {
            fingerprint.Add(file.Fingerprint);
            if (Root(file, diagnostics) is { } root) ReadSections(file, root, sections, diagnostics);
        }

        return new Wording(text, sections) { Fingerprint = fingerprint.Hash() };
    }

    // The built-in file, then the fork's over it when it has its own; the built-in file alone defines the keys there are.
    private static IEnumerable<InputFile> Layers(IReadOnlyList<InputFile> templates, string name)
    {
        var builtIn = BuiltInFiles.Templates.Single(f => f.RelativePath == name);
        yield return builtIn;
        if (templates.FirstOrDefault(f => f.RelativePath == name) is { } own && own.Fingerprint != builtIn.Fingerprint) yield return own;
    }

    private static void ReadStrings(InputFile file, YamlMappingNode root, Dictionary<string, string> text, DiagnosticBag diagnostics)
    {
        var first = text.Count == 0;
        foreach (var (key, value) in root.Children)
        {
            if (Name(file, key, first ? null : text.Keys, "strings", diagnostics) is not { } name) continue;
            if (Scalar(file, value, $"'{name}'", diagnostics) is { } words) text[name] = words;
        }
    }

    private static void ReadSections(InputFile file, YamlMappingNode root, List<PageSection> sections, DiagnosticBag diagnostics)
    {
        var first = sections.Count == 0;
        foreach (var (pageKey, pageNode) in root.Children)
        {
            if (Name(file, pageKey, first ? null : sections.Select(s => s.Page).Distinct(), "pages", diagnostics) is not { } page) continue;
            if (Map(file, pageNode, $"'{page}'", diagnostics) is not { } parts) continue;
            foreach (var (partKey, partNode) in parts.Children)
            {
                var known = first ? null : sections.Where(s => s.Page == page).Select(s => s.Part);
                if (Name(file, partKey, known, $"{page} page's sections", diagnostics) is not { } part) continue;
                if (Map(file, partNode, $"'{page}.{part}'", diagnostics) is not { } fields) continue;
                var index = sections.FindIndex(s => s.Page == page && s.Part == part);
                var section = index < 0 ? new PageSection(page, part, "", "", "") : sections[index];
                var toc = (string?)null;
                foreach (var (fieldKey, fieldNode) in fields.Children)
                {
                    if (Name(file, fieldKey, SectionFields, "section fields", diagnostics) is not { } field) continue;
                    if (Scalar(file, fieldNode, $"'{page}.{part}.{field}'", diagnostics) is not { } value) continue;
                    if (field == "id" && !IsId(value))
                        diagnostics.Error(At(file, fieldNode), Codes.BadSectionId,
                            $"'{value}' cannot be a section id: use letters, digits, '-' and '_', starting with a letter.");
                    else if (field == "id") section = section with { Id = value };
                    // A contents entry that was the heading follows a new heading; one of its own stays.
                    else if (field == "heading") section = section with { Heading = value, Toc = section.Toc == section.Heading ? value : section.Toc };
                    else toc = value;
                }

                if (toc is not null) section = section with { Toc = toc };
                if (index < 0) sections.Add(section);
                else sections[index] = section;
            }
        }
    }

    // An id the pages can use as is in href="#..." and id="...", and the link check can find.
    private static bool IsId(string id) =>
        id.Length > 0 && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static YamlMappingNode? Root(InputFile file, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(Encoding.UTF8.GetString(file.Bytes)));
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceLocation(file.DisplayPath, (int)e.Start.Line, (int)e.Start.Column), Codes.BadWording, $"Invalid YAML: {e.Message}");
            return null;
        }

        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root) return root;
        diagnostics.Error(new SourceLocation(file.DisplayPath, 1, 1), Codes.BadWording, "Expected a map of keys at the top of the file.");
        return null;
    }

    /// <summary>A key's name; null, reported, when it is not one of <paramref name="known"/> (any name when known is null).</summary>
    private static string? Name(InputFile file, YamlNode key, IEnumerable<string>? known, string what, DiagnosticBag diagnostics)
    {
        if (key is not YamlScalarNode { Value: { Length: > 0 } name })
        {
            diagnostics.Error(At(file, key), Codes.BadWording, $"Keys in {file.RelativePath} must be plain names.");
            return null;
        }

        if (known is null) return name;
        var names = known.ToList();
        if (names.Contains(name)) return name;
        diagnostics.Error(At(file, key), Codes.UnknownWording,
            $"Unknown key '{name}' among the {what} of {file.RelativePath}.{DidYouMean.Suffix(name, names)} Known: {string.Join(", ", names)}.");
        return null;
    }

    private static YamlMappingNode? Map(InputFile file, YamlNode node, string what, DiagnosticBag diagnostics)
    {
        if (node is YamlMappingNode map) return map;
        diagnostics.Error(At(file, node), Codes.BadWording, $"Expected a map for {what}.");
        return null;
    }

    private static string? Scalar(InputFile file, YamlNode node, string what, DiagnosticBag diagnostics)
    {
        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value)) return value;
        diagnostics.Error(At(file, node), Codes.BadWording, $"Expected text for {what}.");
        return null;
    }

    private static SourceLocation At(InputFile file, YamlNode node) => new(file.DisplayPath, (int)node.Start.Line, (int)node.Start.Column);
}
