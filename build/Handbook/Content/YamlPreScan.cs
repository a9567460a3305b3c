// A linear pass over a file's YAML events that refuses what would make loading it unbounded or lossy, before anything recursive runs.
using System.Text.RegularExpressions;
using Handbook.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Handbook.Content;

// YamlStream builds nodes recursively and hashes mapping keys recursively, through aliases: a self-referencing key overflows the stack
// and an alias bomb takes minutes. This scan is iterative, stops at the first problem, and YamlStream only ever sees events it passed.
internal static partial class YamlPreScan
{
    public const int MaxDepth = 64;
    public const int MaxAliasNodes = 10_000;

    // The YAML 1.2 core schema's tags (`!!str`, ...) and the non-specific `!`: none changes how content is read.
    private static readonly HashSet<string> StandardTags =
        ["!", .. new[] { "str", "int", "float", "bool", "null", "seq", "map" }.Select(t => "tag:yaml.org,2002:" + t)];

    private const int Open = -1;

    /// <summary>The file's events, or null when the file was refused (the problem is reported).</summary>
    public static List<ParsingEvent>? Scan(string text, string file, DiagnosticBag diagnostics)
    {
        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        var events = new List<ParsingEvent>();
        var stack = new Stack<YamlScanFrame>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        long nodes = 0, expanded = 0;
        var documents = 0;
        var lastNode = Mark.Empty;

        bool Fail(Mark at, string code, string message)
        {
            diagnostics.Error(At(file, at), code, message);
            return false;
        }

        bool Step(ParsingEvent e)
        {
            switch (e)
            {
                case DocumentStart when ++documents > 1:
                    return Fail(e.Start, Codes.ExtraDocument, "The file holds a second YAML document; a content file holds exactly one.");
                case AnchorAlias alias:
                {
                    var name = alias.Value.Value;
                    if (InKey(stack)) return Fail(e.Start, Codes.AliasNotAllowed, "An alias cannot be used as a key.");
                    if (!anchors.TryGetValue(name, out var size))
                        return Fail(e.Start, Codes.YamlSyntax, $"Invalid YAML: the alias '*{name}' names no anchor '&{name}' defined before it.");
                    if (size == Open) return Fail(e.Start, Codes.AliasNotAllowed, $"The alias '*{name}' is inside the node it names, so it never ends.");
                    lastNode = e.Start;
                    expanded += size;
                    nodes += size;
                    if (expanded > MaxAliasNodes)
                        return Fail(e.Start, Codes.AliasNotAllowed, $"Aliases expand this file past {MaxAliasNodes:N0} nodes; write the values out instead.");
                    Completed(stack);
                    return true;
                }

                case NodeEvent node:
                {
                    var inKey = InKey(stack);
                    if (!node.Tag.IsEmpty && !StandardTags.Contains(node.Tag.Value))
                        return Fail(e.Start, Codes.UnknownTag, $"The tag '{ShowTag(node.Tag.Value)}' is not part of the content contract; remove it.");
                    nodes++;
                    var anchor = node.Anchor.IsEmpty ? null : node.Anchor.Value;
                    if (node is Scalar)
                    {
                        lastNode = e.Start;
                        if (anchor is not null) anchors[anchor] = 1;
                        Completed(stack);
                        return true;
                    }

                    if (stack.Count >= MaxDepth) return Fail(e.Start, Codes.TooDeep, $"The YAML nests deeper than {MaxDepth} levels.");
                    if (anchor is not null) anchors[anchor] = Open;
                    var flow = node is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow };
                    stack.Push(new YamlScanFrame(node is MappingStart, inKey, anchor, nodes, e.Start, flow));
                    return true;
                }

                case MappingEnd or SequenceEnd:
                    var frame = stack.Pop();
                    // YamlDotNet's parser drops the empty key of a lone ':' line at the end of a mapping, leaving a key without a
                    // value that YamlStream cannot load.
                    if (frame is { IsMapping: true, ExpectKey: false })
                        return Fail(lastNode, Codes.YamlSyntax, "Invalid YAML: this key has no value, or this value has no key; write it as 'key: value'.");
                    lastNode = frame.Start;
                    if (frame.Anchor is not null) anchors[frame.Anchor] = nodes - frame.StartNodes + 1;
                    Completed(stack);
                    return true;
                default:
                    return true;
            }
        }

        while (true)
        {
            // Only the parser is guarded: it is given any input, and some of it makes it throw more than YamlException.
            bool more;
            try
            {
                more = parser.MoveNext();
            }
            catch (YamlException e)
            {
                var at = CleanMessage(e).Contains(" tab ", StringComparison.Ordinal) ? TabNear(text, scanner.CurrentPosition) ?? e.Start : e.Start;
                Fail(at, Codes.YamlSyntax, $"Invalid YAML: {CleanMessage(e)}");
                return null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The scanner fails without a position on some input (an unclosed '[' running into a key): point where it stopped.
                var unclosed = stack.FirstOrDefault(f => f.Flow);
                Fail(scanner.CurrentPosition, Codes.YamlSyntax, unclosed is null
                    ? "Invalid YAML: the file cannot be read past this point."
                    : $"Invalid YAML: the {(unclosed.IsMapping ? "'{'" : "'['")} at line {unclosed.Start.Line}, column {unclosed.Start.Column} is not closed.");
                return null;
            }

            if (!more) return events;
            events.Add(parser.Current!);
            if (!Step(parser.Current!)) return null;
        }
    }

    private static bool InKey(Stack<YamlScanFrame> stack) =>
        stack.TryPeek(out var parent) && (parent.InKey || parent is { IsMapping: true, ExpectKey: true });

    private static void Completed(Stack<YamlScanFrame> stack)
    {
        if (stack.TryPeek(out var parent) && parent.IsMapping) parent.ExpectKey = !parent.ExpectKey;
    }

    private static string ShowTag(string tag) =>
        tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) ? "!!" + tag["tag:yaml.org,2002:".Length..] : tag;

    private static SourceLocation At(string file, Mark at) => new(file, (int)Math.Max(1, at.Line), (int)Math.Max(1, at.Column));

    // YamlDotNet reports a tab used as indentation at the start of the file; the tab is on the line where its scanner stopped.
    private static Mark? TabNear(string text, Mark stopped)
    {
        var from = (int)Math.Min(stopped.Index, text.Length);
        var lineStart = from == 0 ? 0 : text.LastIndexOf('\n', from - 1) + 1;
        var tab = text.IndexOf('\t', lineStart);
        if (tab < 0) return null;
        var (line, column) = new TextLines(text).At(tab);
        return new Mark(tab, line, column);
    }

    private static string CleanMessage(YamlException e)
    {
        var message = CleanMessage(e.Message);
        if (e.InnerException is YamlException inner && !string.IsNullOrWhiteSpace(inner.Message)) message = CleanMessage(inner.Message);
        return message.Length == 0 ? "the file could not be parsed." : message;
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is already in the location.
    private static string CleanMessage(string message) => PositionPrefix().Replace(message, "").Trim();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
