// Suggests the nearest valid name for a misspelt key or reference (Damerau–Levenshtein distance).
namespace Handbook.Diagnostics;

public static class DidYouMean
{
    /// <summary>The closest candidate, or null when none is close enough to be a plausible typo.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(2, input.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>" Did you mean 'x'?" or an empty string, ready to append to a message.</summary>
    public static string Suffix(string input, IEnumerable<string> candidates) =>
        Closest(input, candidates) is { } match ? $" Did you mean '{match}'?" : "";

    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }
}
