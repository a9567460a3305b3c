// Greedy line breaking: fills each line with as many words as fit; a word wider than a whole line is split with a hyphen.
using System.Globalization;

namespace Handbook.Diagrams;

public static class LabelWrapper
{
    /// <summary>
    /// The lines of <paramref name="text"/>, the first at most <paramref name="firstWidth"/> wide and the rest
    /// <paramref name="width"/>; null when it needs more than <paramref name="maxLines"/> lines.
    /// </summary>
    public static IReadOnlyList<string>? Wrap(string text, Func<string, double> measure, double firstWidth, double width, int maxLines)
    {
        var lines = new List<string>();
        var current = "";
        double Limit() => lines.Count == 0 ? firstWidth : width;

        foreach (var word in FontMetrics.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (measure(candidate) <= Limit())
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
                current = "";
            }

            // A word that fits no line on its own is broken between characters (never inside an emoji or accent).
            var rest = word;
            while (measure(rest) > Limit())
            {
                var piece = LongestPrefix(rest, measure, Limit());
                if (piece.Length == 0) return null;
                lines.Add(piece.EndsWith('-') ? piece : piece + "-");
                rest = rest[piece.Length..];
                if (lines.Count > maxLines) return null;
            }

            current = rest;
        }

        if (current.Length > 0) lines.Add(current);
        return lines.Count <= maxLines ? lines : null;
    }

    /// <summary>The longest run of whole text elements that, followed by a hyphen, fits the width.</summary>
    private static string LongestPrefix(string word, Func<string, double> measure, double width)
    {
        var elements = StringInfo.ParseCombiningCharacters(word);
        var best = "";
        for (var i = 1; i < elements.Length; i++)
        {
            var prefix = word[..elements[i]];
            if (measure(prefix.EndsWith('-') ? prefix : prefix + "-") > width) break;
            best = prefix;
        }

        return best;
    }
}
