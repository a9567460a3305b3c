// content/DIAGNOSTICS.md documents exactly the codes of Codes.cs, each with a well-formed example and a fix; no code bypasses Codes.cs.
using System.Reflection;
using System.Text.RegularExpressions;
using Handbook.Diagnostics;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class DiagnosticsPageTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepoPaths.Content, "DIAGNOSTICS.md")).Replace("\r", "");

    private static IReadOnlyList<string> CodesInCodesCs() =>
        [.. typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)];

    /// <summary>Each "## HBxxxx" section's text, up to the next heading.</summary>
    private static Dictionary<string, string> Sections() =>
        Regex.Matches(Page, @"^## (H[BL]\d{4})\n(.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline)
             .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [Fact]
    public void The_page_documents_every_code_of_Codes_cs_and_no_other()
    {
        var codes = CodesInCodesCs();
        Assert.True(codes.Count >= 30, $"only {codes.Count} codes");
        Assert.Equal(codes, Sections().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(codes, Codes.Descriptions.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_section_has_a_meaning_an_example_of_its_own_code_and_a_fix()
    {
        foreach (var (code, text) in Sections())
        {
            Assert.Matches(@"^\n\*\*[^*]+\*\*", text);
            var example = Regex.Match(text, @"^Example: (`+)(.+?)\1$", RegexOptions.Multiline);
            Assert.True(example.Success, $"{code} has no example");
            Assert.Matches($@"^(\S[^:]*(\(\d+,\d+\))?: )?(error|warning) {code}: \S", example.Groups[2].Value);
            Assert.Matches(@"(?m)^Fix: \S", text);
        }
    }

    [Fact]
    public void Examples_of_codes_with_a_broken_fixture_are_real_lines_the_generator_printed()
    {
        var printed = Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "broken"), "expected.txt", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines).ToHashSet();
        var checkedExamples = 0;
        foreach (var (code, text) in Sections())
        {
            if (!printed.Any(line => line.Contains($" {code}: "))) continue;
            var example = Regex.Match(text, @"^Example: (`+)(.+?)\1$", RegexOptions.Multiline).Groups[2].Value;
            Assert.Contains(example, printed);
            checkedExamples++;
        }

        Assert.True(checkedExamples >= 15, $"only {checkedExamples} examples checked against fixtures");
    }

    [Fact]
    public void No_code_is_written_into_the_generator_without_Codes_cs()
    {
        var codes = CodesInCodesCs().ToHashSet();
        var sources = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "build", "Handbook"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && Path.GetFileName(f) != "Codes.cs");
        foreach (var file in sources)
            foreach (Match m in Regex.Matches(File.ReadAllText(file), @"HB\d{4}"))
                Assert.True(codes.Contains(m.Value), $"{Path.GetFileName(file)} uses {m.Value}, which Codes.cs does not define");
    }
}
