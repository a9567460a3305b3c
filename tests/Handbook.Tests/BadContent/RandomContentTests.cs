// Property: for random and mutated content, the build never throws, never prints a trace, never hangs, ends in 0 or 1,
// and what it publishes holds no script but the generator's own.
using System.Text.RegularExpressions;
using CsCheck;
using Handbook.Commands;
using Handbook.Core;
using Handbook.Tests.Support;

namespace Handbook.Tests.BadContent;

public partial class RandomContentTests
{
    private static readonly string[] Files =
        ["content/handbook.yml", "content/evidence.yml", "content/areas/alpha/area.yml",
         "content/areas/alpha/questions/01-first.yml", "content/areas/alpha/questions/02-second.yml"];

    // Fragments that matter to YAML, Markdown, HTML and Unicode handling; the generator mixes them with plain words.
    private static readonly string[] Fragments =
    [
        "[", "]", "{", "}", ":", ": ", "- ", "&a ", "*a", "? ", "!foo ", "!!binary ", "|", ">", "#", "'", "\"", "\t", "\n", "  ",
        "---\n", "...\n", "%YAML 1.2\n", "<<: *a\n", "~", "null", "0x1F", "1e999", "-1", "99999999999999999999",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "<javascript:alert(1)>",
        "[x](  JaVaScRiPt:alert(1))", "![i](data:text/html,<script>alert(1)</script>)", "&#106;avascript:", "<svg onload=alert(1)>",
        "\" onmouseover=\"alert(1)", "'><script>alert(1)</script>", "{{ 1 + 1 }}", "{% raw %}", "**", "__", "> ", "`", "```\n", "* ",
        "\0", "\a", "\u202E", "\u0085", "\u2028", "\uFEFF", "\u00A0", "é", "中", "😀", "\\", "/../", "%2e%2e",
        "alpha", "question", "flow", "order: 3", "source: dashboards", "phase: actions", "shape: carl", "label: X", "id: x",
    ];

    private static readonly Gen<string> Payload =
        Gen.OneOf(Fragments).Array[1, 8].Select(parts => string.Concat(parts));

    private static readonly Gen<ContentMutation> Mutation =
        Gen.Select(Gen.Int[0, Files.Length - 1], Gen.Enum<MutationKind>(), Gen.Double[0, 1], Gen.Double[0, 1], Payload,
            (file, kind, at, length, payload) => new ContentMutation(file, kind, at, length, payload));

    // A deletion can cut a surrogate pair in half: written as U+FFFD, as an editor would, rather than failing the test itself.
    private static readonly System.Text.UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    [Fact]
    public void Random_mutations_of_valid_content_never_crash_hang_or_publish_script()
    {
        Mutation.Array[1, 4].Sample(mutations =>
        {
            using var workspace = new Workspace();
            foreach (var mutation in mutations)
            {
                var path = workspace[Files[mutation.File]];
                File.WriteAllText(path, mutation.ApplyTo(File.ReadAllText(path)), Lenient);
            }

            AssertSafe(workspace, string.Join("; ", mutations.Select(m => m.ToString())));
        }, iter: Iterations(120), threads: 1, print: mutations => string.Join("\n", mutations.Select(m => m.ToString())));
    }

    [Fact]
    public void Random_bytes_as_a_question_never_crash_or_hang()
    {
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            using var workspace = new Workspace();
            File.WriteAllBytes(workspace["content/areas/alpha/questions/03-random.yml"], bytes);
            AssertSafe(workspace, Convert.ToHexString(bytes));
        }, iter: Iterations(60), threads: 1);
    }

    // HANDBOOK_PROPERTY_ITERATIONS=5000 turns the CI-sized run into a long soak on a developer's machine.
    private static int Iterations(int ci) =>
        int.TryParse(Environment.GetEnvironmentVariable("HANDBOOK_PROPERTY_ITERATIONS"), out var n) && n > 0 ? n : ci;

    private static void AssertSafe(Workspace workspace, string what)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var run = Task.Factory.StartNew(() => BuildCommand.Run(new BuildOptions(), stdout, stderr, workspace.Path), TaskCreationOptions.LongRunning);
        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), $"hung on {what}");
        var printed = stdout.ToString() + stderr.ToString();
        Assert.True(run.Result is ExitCodes.Success or ExitCodes.ContentErrors, $"exit {run.Result} on {what}:\n{printed}");
        Assert.DoesNotContain("   at ", printed);
        foreach (var line in stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            Assert.Matches(DiagnosticOrSummary(), line);
        if (run.Result == ExitCodes.Success) Assert.Empty(LiveScript.Find(new BuiltSite(workspace.Output)));
    }

    // Every line is a located diagnostic (path, optional (line,col), severity, code) or the one summary line.
    [GeneratedRegex(@"^(\S[^:]*(\(\d+,\d+\))?: (error|warning) HB\d{4}: \S.*|Build failed: .*)$")]
    private static partial Regex DiagnosticOrSummary();
}
