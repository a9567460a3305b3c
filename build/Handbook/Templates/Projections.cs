// The fingerprint of each part of the model a page can read, in this build: what a rebuild compares a page's recorded reads with.
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Templates;

/// <remarks>Each kind hashes exactly the values its projection in ContentModelBuilder, SiteModelBuilder or StudyModelBuilder puts
/// in front of a template (see ReadKind). Computed on demand and once per build, however many pages read it; safe on every core.</remarks>
public sealed class Projections(Site site, ReadingOrder order)
{
    private readonly ConcurrentDictionary<ModelRead, Fingerprint> _fingerprints = new();
    private readonly Lazy<Dictionary<string, Area>> _areas = new(() => site.Areas.ToDictionary(PageUrls.Area, StringComparer.Ordinal));
    private readonly Lazy<Dictionary<string, (Area Area, Question Question)>> _questions = new(() =>
        site.Areas.SelectMany(a => a.Questions.Select(q => (a, q))).ToDictionary(p => PageUrls.Question(p.a, p.q), StringComparer.Ordinal));
    private readonly Lazy<ILookup<string, SourceCitation>> _citations = new(() => SourceCitation.All(site).ToLookup(c => c.Ref.SourceId, StringComparer.Ordinal));

    public Fingerprint Of(ModelRead read) => _fingerprints.GetOrAdd(read, static (r, self) => self.Compute(r), this);

    /// <summary>Each read with the fingerprint its values have in this build, to keep with the file that read them.</summary>
    public RecordedRead[] Record(IEnumerable<ModelRead> reads) => [.. reads.Select(r => new RecordedRead(r, Of(r)))];

    /// <summary>True when every read still hashes as it did when recorded: the page would render the same bytes.</summary>
    public bool Unchanged(IReadOnlyList<RecordedRead> reads)
    {
        foreach (var read in reads)
            if (Of(read.Read) != read.Fingerprint) return false;
        return true;
    }

    // A record never changes, so neither does what a projection of it hashes to: kept beside each question across builds, a
    // rebuild of a large handbook hashes only the questions read anew. A cache only: a record in a new object hashes again.
    private static readonly ConditionalWeakTable<Question, Fingerprint?[]> Kept = new();
    private static readonly int Kinds = Enum.GetValues<ReadKind>().Length;

    [ThreadStatic]
    private static FingerprintBuilder? t_builder;

    private Fingerprint Compute(ModelRead read)
    {
        var f = (t_builder ??= new FingerprintBuilder()).Clear();
        switch (read.Kind)
        {
            case ReadKind.Settings:
                Settings(f, site.Settings);
                f.Add(site.Inputs.ContentRepoPath);
                return f.Hash();
            case ReadKind.Sources:
                return f.AddAll(site.Sources, static (f, s) => Source(f, s)).Hash();
            case ReadKind.Navigation:
                return f.AddAll(site.Areas, static (f, a) => f.Add(a.Slug).Add(a.Title)).Hash();
            case ReadKind.Source:
                return site.Source(read.Id) is { } source ? Source(f, source).Hash() : Fingerprint.Absent;
            case ReadKind.Citations:
                return f.AddAll([.. _citations.Value[read.Id]], static (f, c) =>
                    f.Add(c.Area.Slug).Add(c.Area.Title).Add(c.Question?.Slug).Add(c.Question?.Text).Add(c.Ref.Pull)).Hash();
            case ReadKind.Order:
                return Order(f, read.Id).Hash();
        }

        if (read.Kind is >= ReadKind.AreaTitle and <= ReadKind.AreaFile)
            return _areas.Value.GetValueOrDefault(read.Id) is { } area ? Area(f, read.Kind, area).Hash() : Fingerprint.Absent;
        return _questions.Value.TryGetValue(read.Id, out var q) ? Cached(q.Question, read.Kind, f) : Fingerprint.Absent;
    }

    private static Fingerprint Cached(Question question, ReadKind kind, FingerprintBuilder f)
    {
        var slots = Kept.GetValue(question, static _ => new Fingerprint?[Kinds]);
        lock (slots)
            if (slots[(int)kind] is { } known) return known;
        var value = Question(f, kind, question).Hash();
        lock (slots) slots[(int)kind] = value;
        return value;
    }

    private static void Settings(FingerprintBuilder f, HandbookSettings s)
    {
        f.Add(s.Title).Add(s.Tagline).Add(s.Company).Add(s.BasePath).Add(s.Repository).Add(s.Branch).Add(s.Intro).Add(s.HowToUse);
        f.AddAll(s.Shapes, static (f, shape) => f.Add(shape.Id).Add(shape.Name).Add(shape.Summary)
            .AddAll(shape.Phases, static (f, p) => f.Add(p.Id).Add(p.Name).Add(p.Share ?? -1)));
        f.AddAll(s.Synonyms, static (f, group) => f.AddAll(group));
        f.Add(s.AnswerSeconds ?? -1).AddAll(s.Probes);
    }

    private static FingerprintBuilder Source(FingerprintBuilder f, EvidenceSource s) => f.Add(s.Id).Add(s.Name).Add(s.Summary);

    private static void Evidence(FingerprintBuilder f, IReadOnlyList<EvidenceRef> refs) =>
        f.AddAll(refs, static (f, r) => f.Add(r.SourceId).Add(r.Pull).Add(r.Label));

    private FingerprintBuilder Order(FingerprintBuilder f, string id)
    {
        var hash = id.IndexOf('#', StringComparison.Ordinal);
        var (path, anchor) = hash < 0 ? (id, null) : (id[..hash], id[(hash + 1)..]);
        foreach (var stop in new[] { order.Before(path, anchor), order.After(path, anchor) })
            f.Add(stop is not null).Add(stop?.Path).Add(stop?.Anchor);
        return f;
    }

    private static FingerprintBuilder Area(FingerprintBuilder f, ReadKind kind, Area a)
    {
        switch (kind)
        {
            case ReadKind.AreaTitle:
                return f.Add(a.Title);
            case ReadKind.AreaCard:
                return f.Add(a.Title).Add(a.Summary).Add(a.Questions.Count).Add(a.MoreQuestions?.Items.Count ?? 0);
            case ReadKind.AreaIndex:
                f.Add(a.Title).AddAll(a.Questions, static (f, q) => f.Add(q.Slug).Add(q.Text).Add(q.ShortTitle));
                f.AddAll(a.MoreQuestions?.Items ?? [], static (f, item) => f.Add(item.Text));
                return f.Add(!string.IsNullOrWhiteSpace(a.Closing));
            case ReadKind.AreaShape:
                return f.Add(a.Shape);
            case ReadKind.AreaFile:
                return f.Add(a.ContentPath).Add(a.SourceFile);
        }

        f.Add(a.Intro).Add(a.Shape).Add(a.Framework is not null);
        if (a.Framework is { } fw)
        {
            f.Add(fw.Heading).Add(fw.Intro).Add(fw.Name).Add(fw.Summary).Add(fw.Diagram?.Id);
            f.AddAll(fw.Steps, static (f, s) => f.Add(s.Title).Add(s.Tagline).Add(s.Detail));
        }

        f.AddAll(a.ListeningFor);
        Evidence(f, a.Evidence);
        f.Add(a.MoreQuestions is not null);
        if (a.MoreQuestions is { } more)
            f.Add(more.Title).Add(more.Intro).AddAll(more.Items, static (f, item) => f.Add(item.Text).AddAll(item.HowToAnswer));
        return f.Add(a.Closing);
    }

    private static FingerprintBuilder Question(FingerprintBuilder f, ReadKind kind, Question q)
    {
        switch (kind)
        {
            case ReadKind.QuestionNav:
                return f.Add(q.ShortTitle ?? q.Text);
            case ReadKind.QuestionCard:
                return f.Add(q.Text).Add(q.Kind).Add(q.Summary);
            case ReadKind.QuestionSheet:
                return f.Add(q.Text).AddAll(q.Flow, static (f, s) => f.Add(s.Label)).Add(q.ListeningFor.Count > 0 ? q.ListeningFor[0] : null);
            case ReadKind.QuestionFile:
                return f.Add(q.ContentPath).Add(q.SourceFile);
        }

        // The diagram's id hashes its labels and phase names; its colours and shares come from the shape, read apart (AreaShape,
        // Settings), so this is the question's own values only.
        f.Add(q.Diagram?.Id).AddAll(q.Flow, static (f, s) => f.Add(s.Label).Add(s.Phase));
        f.AddAll(q.HowToAnswer).AddAll(q.ListeningFor);
        Evidence(f, q.Evidence);
        return f;
    }
}
