// The command line's hints: a misspelt command or option gets the nearest one, a bad number a plain message, and hints name the
// command the way the user started the generator.
using Handbook.Commands;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class CliHintsTests
{
    // Parsed and reported without the process's Console, which other tests redirect while they run.
    private static (int ExitCode, string Stderr) Run(params string[] args)
    {
        var parse = CommandTree.Create(InternalErrorReport.VerboseOption()).Parse(args);
        Assert.NotEmpty(parse.Errors);
        var stderr = new StringWriter();
        return (ParseErrorReport.Write(parse, stderr), stderr.ToString().Replace("\r", ""));
    }

    [Theory]
    [InlineData("error HB0100: Unrecognized command or argument 'bild'. Did you mean 'build'?", "bild")]
    [InlineData("error HB0100: Unrecognized command or argument '--ouput'. Did you mean '--output'?", "build", "--ouput", "out")]
    [InlineData("error HB0100: Unrecognized command or argument 'qestion'. Did you mean 'question'?", "new", "qestion")]
    [InlineData("error HB0100: Unrecognized command or argument '--bse-path'. Did you mean '--base-path'?", "serve", "--bse-path", "/x/")]
    public void A_misspelt_command_or_option_gets_the_nearest_one(string expected, params string[] args)
    {
        var (code, stderr) = Run(args);
        Assert.Equal(ExitCodes.UsageErrors, code);
        Assert.Equal(expected, stderr.Split('\n')[0]);
        Assert.DoesNotContain("Required command was not provided", stderr);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("70000")]
    public void A_port_that_is_not_one_gets_a_plain_message(string port)
    {
        var (code, stderr) = Run("serve", "--port", port);
        Assert.Equal(ExitCodes.UsageErrors, code);
        Assert.Equal($"error HB0100: --port must be a number from 1 to 65535, not '{port}'.", stderr.Split('\n')[0]);
        Assert.DoesNotContain("System.", stderr);
        Assert.EndsWith($"Run '{CommandName.Current} serve --help' for usage.\n", stderr);
    }

    [Fact]
    public void Check_numbers_and_addresses_get_plain_messages()
    {
        Assert.StartsWith("error HB0100: --timeout must be a number greater than 0, such as 10 or 2.5, not 'soon'.\n", Run("check", "_site", "--timeout", "soon").Stderr);
        Assert.StartsWith("error HB0100: --per-host must be a number from 1 to 64, not '0'.\n", Run("check", "_site", "--per-host", "0").Stderr);
        Assert.StartsWith("error HB0100: --base-url must be an absolute http(s) URL", Run("build", "--base-url", "ftp://x/").Stderr);
        Assert.StartsWith("error HB0100: --base-path must be a URL path such as /REPO/: it may not contain '//'.", Run("serve", "--base-path", "//evil/").Stderr);
    }

    [Fact]
    public void From_source_the_hint_is_dotnet_run_with_the_project_folder_as_seen_from_the_working_directory()
    {
        using var dir = new TempDir();
        var project = dir["repo/build/Handbook"];
        Directory.CreateDirectory(Path.Combine(project, "bin", "Debug", "net10.0"));
        File.WriteAllText(Path.Combine(project, "Handbook.csproj"), "<Project />");
        var output = Path.Combine(project, "bin", "Debug", "net10.0") + Path.DirectorySeparatorChar;
        Assert.Equal("dotnet run --project build/Handbook --", CommandName.Detect(output, Path.Combine(output, "handbook"), dir["repo"], null));
        Assert.Equal("dotnet run --project ../build/Handbook --", CommandName.Detect(output, Path.Combine(output, "handbook"), dir["repo/content"], null));
    }

    [Fact]
    public void A_binary_is_named_as_typed_on_the_path_or_by_its_path()
    {
        using var dir = new TempDir();
        var folder = dir["tools"];
        Directory.CreateDirectory(folder);
        var binary = Path.Combine(folder, "handbook");
        Assert.Equal("handbook", CommandName.Detect(folder, binary, dir.Path, $"/usr/bin{Path.PathSeparator}{folder}"));
        Assert.Equal("./handbook", CommandName.Detect(folder, binary, folder, "/usr/bin"));
        Assert.Equal("tools/handbook", CommandName.Detect(folder, binary, dir.Path, "/usr/bin"));
        Assert.Equal("handbook", CommandName.Detect(folder, Path.Combine(folder, "testhost"), dir.Path, null));
    }
}
