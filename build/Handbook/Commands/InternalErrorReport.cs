// What an unexpected exception becomes in any command: one HB0999 line and a hint, never a stack trace on the terminal.
using System.CommandLine;
using Handbook.Diagnostics;

namespace Handbook.Commands;

public static class InternalErrorReport
{
    /// <summary>--verbose, accepted by every command: an internal error's trace goes to a file, whose path is printed.</summary>
    public static Option<bool> VerboseOption() => new("--verbose")
    {
        Description = "On an internal error (HB0999), write its stack trace to a file in the temp folder and print the file's path.",
        Recursive = true,
    };

    /// <summary>The HB0999 line, e.g. <c>error HB0999: internal error (InvalidOperationException): Sequence contains no elements. Please report it, with --verbose's trace file.</c></summary>
    public static string Message(Exception e) =>
        $"internal error ({e.GetType().Name}): {string.Join(' ', e.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.')}. " +
        "Please report it, with --verbose's trace file.";

    /// <summary>Prints the HB0999 line and a hint; with <paramref name="verbose"/> writes the trace to a file and prints its path.</summary>
    public static int Write(Exception e, TextWriter stderr, bool verbose)
    {
        stderr.WriteLine($"error {Codes.InternalError}: {Message(e)}");
        stderr.WriteLine(Hint(e, verbose));
        return ExitCodes.InternalError;
    }

    /// <summary>The line after HB0999: where the trace was written, or how to get it written.</summary>
    public static string Hint(Exception e, bool verbose)
    {
        if (!verbose) return "This is a bug in the generator, not in your files; run the command again with --verbose to write its trace to a file.";
        var path = Path.Combine(Path.GetTempPath(), $"handbook-error-{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Environment.ProcessId}.log");
        try
        {
            File.WriteAllText(path, $"handbook {typeof(InternalErrorReport).Assembly.GetName().Version} on .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}\n{e}\n");
            return $"The trace is in {path}.";
        }
        catch (Exception io) when (io is IOException or UnauthorizedAccessException)
        {
            return $"The trace could not be written to {path}: {io.Message}";
        }
    }
}
