// Entry point: the command tree only; each command lives in Commands/ and returns the exit code.
using System.CommandLine;
using Handbook;
using Handbook.Commands;

var root = new RootCommand("Handbook: builds a searchable study handbook from structured YAML content.")
{
    BuildCommand.Create(),
    NewCommand.Create(),            // new area|question: starter files
    ServeCommand.Create(),
    CheckCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"error HB0100: {error.Message}");
    Console.Error.WriteLine("Run 'handbook --help' for usage.");
    return ExitCodes.UsageErrors;
}

return parse.Invoke();
