// Encodes one word's postings. Short lists keep every impact; long ones keep the top impacts plus every document.
using System.Text;

namespace Handbook.Search;

/// <remarks>
/// Formats (first symbol): 'a' = (gap, level)*; 'b'/'c' = rest level, top count, (gap, level)* of the best-scoring
/// documents, then every document as a bitmap ('b') or as gaps ('c'), whichever is shorter. A long list ranks its top
/// documents exactly and the rest at their median level: results stay complete, and a common word costs about one
/// bit per page instead of one impact per page.
/// </remarks>
public static class PostingEncoder
{
    public const int DefaultTopCount = 100;

    public static string Encode(IReadOnlyList<Impact> impacts, int topCount = DefaultTopCount)
    {
        var text = new StringBuilder();
        if (impacts.Count <= topCount)
        {
            text.Append('a');
            AppendImpacts(text, impacts);
            return text.ToString();
        }

        var top = impacts.OrderByDescending(i => i.Level).ThenBy(i => i.Doc).Take(topCount).OrderBy(i => i.Doc).ToList();
        var inTop = top.Select(i => i.Doc).ToHashSet();
        var rest = impacts.Where(i => !inTop.Contains(i.Doc)).Select(i => i.Level).Order().ToList();
        var docs = impacts.Select(i => i.Doc).ToList();
        var bitmap = new StringBuilder();
        IndexCodec.AppendBitmap(bitmap, docs);
        var gaps = new StringBuilder();
        IndexCodec.AppendGaps(gaps, docs);

        text.Append(bitmap.Length < gaps.Length ? 'b' : 'c').Append(IndexCodec.Symbol(rest[rest.Count / 2]));
        IndexCodec.AppendNumber(text, top.Count);
        AppendImpacts(text, top);
        return text.Append(bitmap.Length < gaps.Length ? bitmap : gaps).ToString();
    }

    private static void AppendImpacts(StringBuilder text, IReadOnlyList<Impact> impacts)
    {
        var previous = -1;
        foreach (var impact in impacts)
        {
            IndexCodec.AppendNumber(text, impact.Doc - previous - 1);
            text.Append(IndexCodec.Symbol(impact.Level));
            previous = impact.Doc;
        }
    }
}
