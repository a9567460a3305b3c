// The handbook read front to back: home, then per area its overview, its questions, its quick-fire questions and its closing
// tip, so "next" never stops before the end of the handbook.
using Handbook.Core;
using Handbook.Model;
using Handbook.Words;

namespace Handbook.Templates;

public sealed class ReadingOrder
{
    private readonly List<ReadingStop> _stops = [];
    private readonly Dictionary<(string Path, string? Anchor), int> _index = [];

    public ReadingOrder(Site site)
    {
        var wording = WordingReader.Of(site);
        Add(new ReadingStop(PageUrls.Home, null, null, null));
        foreach (var area in site.Areas)
        {
            Add(new ReadingStop(PageUrls.Area(area), null, area, null));
            foreach (var question in area.Questions) Add(new ReadingStop(PageUrls.Question(area, question), null, area, question));
            var quick = area.MoreQuestions?.Items.Count ?? 0;
            for (var i = 0; i < quick; i++) Add(new ReadingStop(PageUrls.Area(area), wording.QuickId(i), area, null, i));
            if (!string.IsNullOrWhiteSpace(area.Closing))
                Add(new ReadingStop(PageUrls.Area(area), wording.AreaClosing.Id, area, null, IsClosing: true));
        }
    }

    public IReadOnlyList<ReadingStop> Stops => _stops;

    public ReadingStop? Before(string path, string? anchor = null) => Neighbour(path, anchor, -1);

    public ReadingStop? After(string path, string? anchor = null) => Neighbour(path, anchor, +1);

    private ReadingStop? Neighbour(string path, string? anchor, int step)
    {
        if (!_index.TryGetValue((path, anchor), out var i)) return null;
        var j = i + step;
        return j >= 0 && j < _stops.Count ? _stops[j] : null;
    }

    private void Add(ReadingStop stop)
    {
        _index[(stop.Path, stop.Anchor)] = _stops.Count;
        _stops.Add(stop);
    }
}
