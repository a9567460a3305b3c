// The schemas are wired for editors: every content file names its schema on line 1, .vscode/settings.json maps them, and the real content passes.
using System.Text.Json;
using System.Text.RegularExpressions;
using Handbook.Tests.SchemaSupport;
using Handbook.Tests.Support;

namespace Handbook.Tests;

[Trait(RealContent.Trait, RealContent.Category)]
public class ContentSchemaTests
{
    private static IEnumerable<string> ContentFiles() =>
        Directory.EnumerateFiles(RepoPaths.Content, "*.y*ml", SearchOption.AllDirectories)
                 .Select(f => Path.GetRelativePath(RepoPaths.Content, f).Replace('\\', '/'))
                 .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_schema_is_draft_07()
    {
        foreach (var kind in ContentSchemas.Kinds)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Content, "schemas", ContentSchemas.SchemaFile(kind))));
            Assert.Equal("http://json-schema.org/draft-07/schema#", doc.RootElement.GetProperty("$schema").GetString());
        }
    }

    [Fact]
    public void Every_content_file_passes_its_schema()
    {
        var files = ContentFiles().ToList();
        Assert.True(files.Count >= 8, $"only {files.Count} content files");
        foreach (var file in files)
        {
            var kind = ContentSchemas.KindOf(file);
            Assert.True(kind is not null, $"{file} is covered by no schema");
            var (valid, errors) = ContentSchemas.Check(kind!, File.ReadAllBytes(Path.Combine(RepoPaths.Content, file)));
            Assert.True(valid, $"{file}:\n{errors}");
        }
    }

    [Fact]
    public void Every_content_file_names_its_schema_on_the_first_line_by_a_relative_path_that_exists()
    {
        foreach (var file in ContentFiles())
        {
            var first = File.ReadLines(Path.Combine(RepoPaths.Content, file)).First();
            var match = Regex.Match(first, @"^# yaml-language-server: \$schema=(\S+)$");
            Assert.True(match.Success, $"{file}: line 1 is '{first}'");
            var target = Path.GetFullPath(Path.Combine(RepoPaths.Content, Path.GetDirectoryName(file)!, match.Groups[1].Value));
            Assert.Equal(Path.Combine(RepoPaths.Content, "schemas", ContentSchemas.SchemaFile(ContentSchemas.KindOf(file)!)), target);
        }
    }

    [Fact]
    public void Vscode_settings_map_every_content_file_to_its_schema()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".vscode", "settings.json")));
        var map = settings.RootElement.GetProperty("yaml.schemas").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(g => g.GetString()!).ToList());
        foreach (var schema in map.Keys) Assert.True(File.Exists(Path.Combine(RepoPaths.Root, schema)), $"{schema} does not exist");

        foreach (var file in ContentFiles())
        {
            var path = "content/" + file;
            var matching = map.Where(kv => kv.Value.Any(glob => Glob(glob).IsMatch(path))).Select(kv => kv.Key).ToList();
            Assert.Equal([$"./content/schemas/{ContentSchemas.SchemaFile(ContentSchemas.KindOf(file)!)}"], matching);
        }
    }

    private static Regex Glob(string glob) => new("^" + Regex.Escape(glob).Replace(@"\*", "[^/]*") + "$");
}
