// Runs a command line through bash in a folder, as a person would type it; background runs can be stopped with their children.
using System.Diagnostics;

namespace Handbook.Tests.Support;

public static class Shell
{
    // Child builds must not leave MSBuild or compiler servers running on a shared machine after the test.
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["UseSharedCompilation"] = "false",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["GIT_AUTHOR_NAME"] = "Guide Test", ["GIT_AUTHOR_EMAIL"] = "guide@example.com",
        ["GIT_COMMITTER_NAME"] = "Guide Test", ["GIT_COMMITTER_EMAIL"] = "guide@example.com",
    };

    public static Process Start(string command, string folder)
    {
        var info = new ProcessStartInfo("bash", ["-c", command])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var (key, value) in Environment) info.Environment[key] = value;
        return Process.Start(info)!;
    }

    /// <summary>Runs to the end (killing it after the timeout) and returns the exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(string command, string folder, TimeSpan timeout)
    {
        using var process = Start(command, folder);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, $"timed out after {timeout}\n{stdout.Result}{stderr.Result}");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
