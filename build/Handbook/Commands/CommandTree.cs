// The command tree: every command and the options all of them take, in one place for Program.cs and the tests.
using System.CommandLine;

namespace Handbook.Commands;

public static class CommandTree
{
    public static RootCommand Create(Option<bool> verbose)
    {
        var root = new RootCommand("Handbook: builds a searchable study handbook from structured YAML content.")
        {
            BuildCommand.Create(),
            NewCommand.Create(),            // new area|question: starter files
            ServeCommand.Create(),
            CheckCommand.Create(),
        };
        root.Options.Add(verbose);
        return root;
    }
}
