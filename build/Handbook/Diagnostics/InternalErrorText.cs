// What an unexpected exception becomes, in any command and in serve: one HB0999 line and a hint, never a stack trace on the terminal.
namespace Handbook.Diagnostics;

public static class InternalErrorText
{
    /// <summary>The HB0999 line, e.g. <c>error HB0999: internal error (InvalidOperationException): Sequence contains no elements. Please report it, with --verbose's trace file.</c></summary>
    public static string Message(Exception e) =>
        $"internal error ({e.GetType().Name}): {string.Join(' ', e.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.')}. " +
        "Please report it, with --verbose's trace file.";

    /// <summary>The line after HB0999: where the trace was written, or how to get it written.</summary>
    public static string Hint(Exception e, bool verbose)
    {
        if (!verbose) return "This is a bug in the generator, not in your files; run the command again with --verbose to write its trace to a file.";
        var path = Path.Combine(Path.GetTempPath(), $"handbook-error-{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Environment.ProcessId}.log");
        try
        {
            File.WriteAllText(path, $"handbook {typeof(InternalErrorText).Assembly.GetName().Version} on .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}\n{e}\n");
            return $"The trace is in {path}.";
        }
        catch (Exception io) when (io is IOException or UnauthorizedAccessException)
        {
            return $"The trace could not be written to {path}: {io.Message}";
        }
    }
}
