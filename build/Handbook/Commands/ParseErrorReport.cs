// Command-line mistakes as one plain line each, with the nearest command or option for a misspelt one, and how to get help.
using System.CommandLine;
using Handbook.Diagnostics;

namespace Handbook.Commands;

public static class ParseErrorReport
{
    public static int Write(ParseResult parse, TextWriter stderr)
    {
        var command = parse.CommandResult.Command;
        var names = command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name))
            .Concat(AllOptions(parse.CommandResult).SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Where(n => !n.StartsWith("-?", StringComparison.Ordinal) && n != "/?" && n != "/h")
            .Distinct(StringComparer.Ordinal).ToList();
        var unmatched = parse.UnmatchedTokens.ToHashSet(StringComparer.Ordinal);
        // "Required command was not provided" beside an unknown word in its place says the same thing twice.
        foreach (var error in parse.Errors.Where(e => unmatched.Count == 0 || e.SymbolResult is not System.CommandLine.Parsing.CommandResult ||
                     e.Message.Contains('\'')))
        {
            // System.CommandLine names an unknown token in quotes: the one place a suggestion helps.
            var token = unmatched.FirstOrDefault(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal));
            var candidates = token is null ? [] : names.Where(n => n.StartsWith('-') == token.StartsWith('-'));
            stderr.WriteLine($"error {Codes.BadOption}: {error.Message}{(token is null ? "" : DidYouMean.Suffix(token, candidates))}");
        }

        var path = string.Join(' ', parse.CommandResult.Command == parse.RootCommandResult.Command ? [] : Path(parse.CommandResult));
        stderr.WriteLine($"Run '{CommandName.Current} {(path.Length > 0 ? path + " " : "")}--help' for usage.");
        return ExitCodes.UsageErrors;
    }

    private static IEnumerable<Option> AllOptions(System.CommandLine.Parsing.CommandResult result)
    {
        for (System.CommandLine.Parsing.SymbolResult? at = result; at is not null; at = at.Parent)
        {
            if (at is not System.CommandLine.Parsing.CommandResult c) continue;
            foreach (var option in c.Command.Options.Where(o => ReferenceEquals(at, result) || o.Recursive)) yield return option;
        }
    }

    private static Stack<string> Path(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new Stack<string>();
        for (System.CommandLine.Parsing.SymbolResult? at = result; at?.Parent is not null; at = at.Parent)
            if (at is System.CommandLine.Parsing.CommandResult c) names.Push(c.Command.Name);
        return names;
    }
}
