// --verbose and the exit of a command that met an unexpected exception: one HB0999 line and a hint, never a stack trace.
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

    /// <summary>Prints the HB0999 line and a hint; with <paramref name="verbose"/> writes the trace to a file and prints its path.</summary>
    public static int Write(Exception e, TextWriter stderr, bool verbose)
    {
        stderr.WriteLine($"error {Codes.InternalError}: {InternalErrorText.Message(e)}");
        stderr.WriteLine(InternalErrorText.Hint(e, verbose));
        return ExitCodes.InternalError;
    }
}
