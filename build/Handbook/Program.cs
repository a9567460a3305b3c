// Entry point: parses with the command tree (Commands/CommandTree.cs); each command lives in Commands/ and returns the exit code.
using System.CommandLine;
using Handbook;
using Handbook.Commands;

var verboseOption = InternalErrorReport.VerboseOption();
var root = CommandTree.Create(verboseOption);

var parse = root.Parse(args);
if (parse.Errors.Count > 0) return ParseErrorReport.Write(parse, Console.Error);

var verbose = parse.GetValue(verboseOption);
// A thread the commands do not own (a timer, a callback) failing: the same one line, never the runtime's trace.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    if (e.ExceptionObject is Exception exception) Environment.Exit(InternalErrorReport.Write(exception, Console.Error, verbose));
};

try
{
    // No System.CommandLine exception handler (it prints the trace) and no signal handling of its own (it ends the process
    // 2 seconds after Ctrl+C, clean-up finished or not): the commands listen for signals themselves (StopSignals).
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
}
catch (Exception e)
{
    return InternalErrorReport.Write(e, Console.Error, verbose);
}
