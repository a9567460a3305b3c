// A fresh machine without Chromium: every browser test fails at once with the one-line install hint, and no stack trace.
using System.Text.RegularExpressions;
using Handbook.Tests.Support;

namespace Handbook.BrowserTests;

public partial class ChromiumMissingTests
{
    private const string Hint = "apt-get install chromium fonts-dejavu-core";

    [Fact]
    public void The_hint_is_one_line_naming_the_packages_and_the_variable_and_prints_no_stack_trace_once_thrown()
    {
        Assert.Null(Chromium.Missing(typeof(ChromiumMissingTests).Assembly.Location)); // a file that exists is taken as found
        var missing = Chromium.Missing("/no/such/chromium")!;
        Assert.DoesNotContain('\n', missing.Message);
        Assert.Contains(Hint, missing.Message);
        Assert.Contains(Chromium.Variable, missing.Message);
        Assert.StartsWith("No Chromium at /no/such/chromium: ", missing.Message);

        var thrown = Assert.Throws<ChromiumMissingException>(new Action(() => throw missing));
        Assert.Null(thrown.StackTrace);
        Assert.Equal(thrown.Message, thrown.ToString());
    }

    [Fact]
    public void Run_with_a_missing_Chromium_the_browser_tests_each_fail_with_the_hint_alone()
    {
        // A test of each kind: one on the shared site fixture, one that launches its own browser.
        var assembly = typeof(ChromiumMissingTests).Assembly.Location;
        var (code, output) = Shell.Run(
            $"{Chromium.Variable}=/no/such/chromium dotnet test '{assembly}' --filter 'FullyQualifiedName~SmokeTests|FullyQualifiedName~LiveReloadTests'",
            Path.GetDirectoryName(assembly)!, TimeSpan.FromMinutes(5));

        Assert.NotEqual(0, code);
        var failed = Regex.Count(output, @"^\s+Failed Handbook\.", RegexOptions.Multiline);
        var hints = Regex.Count(output, @"^\s+" + Regex.Escape(typeof(ChromiumMissingException).FullName!) + " : No Chromium at /no/such/chromium: .*" + Regex.Escape(Hint) + ".*$",
            RegexOptions.Multiline);
        Assert.True(failed > 2 && hints == failed, $"{failed} failed, {hints} with the hint:\n{output}");
        Assert.DoesNotContain("Stack Trace", output);
        Assert.DoesNotContain("   at ", output);
        Assert.Matches(Summary(), output);
    }

    [GeneratedRegex(@"Failed!\s+- Failed:\s+\d+, Passed:\s+0,")]
    private static partial Regex Summary();
}
