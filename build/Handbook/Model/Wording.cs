// The words and section ids the site is written with, from templates/strings.yml and templates/sections.yml (a fork's override them).
namespace Handbook.Model;

/// <remarks>Read by every stage that writes words of its own (page titles, breadcrumbs, diagram titles, the search index), so a
/// fork that rewords its templates gets no English from C#. Each property is a key every strings.yml has (the built-in file
/// supplies the keys a fork's file leaves out).</remarks>
public sealed class Wording(IReadOnlyDictionary<string, string> text, IReadOnlyList<PageSection> sections)
{
    private readonly Dictionary<(string, string), PageSection> _sections = sections.ToDictionary(s => (s.Page, s.Part));

    /// <summary>The content hash of the files it was read from (strings.yml and sections.yml, built-in and the fork's).</summary>
    public Fingerprint Fingerprint { get; init; }

    /// <summary>Every string by key, for the templates' `strings`.</summary>
    public IReadOnlyDictionary<string, string> Text => text;

    /// <summary>Every page's sections, in the order the file lists them, for the templates' `sections`.</summary>
    public IReadOnlyList<PageSection> Sections => sections;

    public string this[string key] => text[key];

    /// <summary>A string with its {name} placeholders filled.</summary>
    public string Format(string key, params (string Name, object Value)[] values) =>
        values.Aggregate(text[key], (s, v) => s.Replace("{" + v.Name + "}", Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)));

    public PageSection Section(string page, string part) => _sections[(page, part)];

    public PageSection QuestionFlow => Section("question", "flow");
    public PageSection QuestionHowToAnswer => Section("question", "how_to_answer");
    public PageSection QuestionListeningFor => Section("question", "listening_for");
    public PageSection QuestionEvidence => Section("question", "evidence");
    public PageSection AreaFramework => Section("area", "framework");
    public PageSection AreaListeningFor => Section("area", "listening_for");
    public PageSection AreaEvidence => Section("area", "evidence");
    public PageSection AreaMore => Section("area", "more");
    public PageSection AreaQuick => Section("area", "quick");
    public PageSection AreaClosing => Section("area", "closing");
    public PageSection SourceCitedBy => Section("source", "cited_by");

    /// <summary>The id of an area's n-th quick-fire question (from 0): the quick section's id is its prefix.</summary>
    public string QuickId(int index) => AreaQuick.Id + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
