// The characters no content file may hold: invisible controls and bidirectional controls that make a text read other than it is.
using Handbook.Diagnostics;

namespace Handbook.Core;

internal static class ControlCharacters
{
    // A file of a million NULs would otherwise print a million lines; the first few are enough to find and fix them.
    public const int MaxReported = 10;

    // LRM, RLM and ALM (U+200E, U+200F, U+061C) are allowed: right-to-left text needs them to place punctuation, and unlike the
    // embeddings, overrides and isolates they cannot reorder a run of text.
    public static bool IsForbidden(char c) => c switch
    {
        '\t' or '\n' or '\r' => false,
        < '\u0020' or (>= '\u007F' and <= '\u009F') => true,
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => true,
        // YamlDotNet reads these as line breaks, as YAML 1.1 did; YAML 1.2 does not, so the value would change silently.
        '\u2028' or '\u2029' => true,
        _ => false,
    };

    /// <summary>Every forbidden character, for a fast search of a parsed value.</summary>
    public static readonly System.Buffers.SearchValues<char> Forbidden =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x2070).Select(i => (char)i).Where(IsForbidden)]);

    /// <summary>Reports each forbidden character of <paramref name="text"/> at its line and column; false when there was one.</summary>
    public static bool Check(string text, string file, DiagnosticBag diagnostics)
    {
        // Almost every file has none: one vectorised search says so, and only a file that has one is walked for lines and columns.
        if (!text.AsSpan().ContainsAny(Forbidden)) return true;
        var (line, column, reported) = (1, 1, 0);
        for (var i = 0; i < text.Length && reported < MaxReported; i++)
        {
            var c = text[i];
            if (IsForbidden(c))
            {
                diagnostics.Error(new SourceLocation(file, line, column), Codes.ControlCharacter, Message(c));
                reported++;
            }

            if (c == '\n') (line, column) = (line + 1, 1);
            else column++;
        }

        return reported == 0;
    }

    public static string Message(char c) => c is '\u2028' or '\u2029'
        ? $"The text holds {Name(c)}, which the YAML reader would take as a line break (YAML 1.2 does not); use a real line break, or remove it."
        : $"The text holds the control character {Name(c)}; remove it.";

    /// <summary>"U+202E (RIGHT-TO-LEFT OVERRIDE)", or the code point alone for controls without a well-known name.</summary>
    public static string Name(char c)
    {
        var code = $"U+{(int)c:X4}";
        var name = c switch
        {
            '\0' => "NULL",
            '\a' => "BELL",
            '\b' => "BACKSPACE",
            '\t' => "CHARACTER TABULATION",
            '\n' => "LINE FEED",
            '\r' => "CARRIAGE RETURN",
            '\v' => "LINE TABULATION",
            '\f' => "FORM FEED",
            '\u001B' => "ESCAPE",
            '\u007F' => "DELETE",
            '\u0085' => "NEXT LINE",
            '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
            '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
            '\u202C' => "POP DIRECTIONAL FORMATTING",
            '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
            '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
            '\u2066' => "LEFT-TO-RIGHT ISOLATE",
            '\u2067' => "RIGHT-TO-LEFT ISOLATE",
            '\u2068' => "FIRST STRONG ISOLATE",
            '\u2069' => "POP DIRECTIONAL ISOLATE",
            '\u2028' => "LINE SEPARATOR",
            '\u2029' => "PARAGRAPH SEPARATOR",
            _ => null,
        };
        return name is null ? code : $"{code} ({name})";
    }
}
