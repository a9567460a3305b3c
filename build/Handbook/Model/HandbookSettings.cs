// Site-wide settings from handbook.yml.
namespace Handbook.Model;

public sealed record HandbookSettings
{
    public string Title { get; init; } = "";
    public string? Tagline { get; init; }
    public string? Company { get; init; }
    public string? BasePath { get; init; }
    public string? Repository { get; init; }
    public string Branch { get; init; } = "main";
    public string? Intro { get; init; }
    public string? HowToUse { get; init; }
    public IReadOnlyList<AnswerShape> Shapes { get; init; } = [];

    /// <summary>Search synonym groups (handbook.yml's search.synonyms), each term lower-case words joined by one space.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; init; } = [];

    /// <summary>The rehearsal timer's length in seconds; null when handbook.yml leaves it to the default.</summary>
    public int? AnswerSeconds { get; init; }

    /// <summary>Generic follow-up questions a panel asks after any answer; the drill puts one after each question.</summary>
    public IReadOnlyList<string> Probes { get; init; } = [];

    /// <summary>The content hash of handbook.yml, set by the loader: a rebuild reuses work done for a record whose
    /// fingerprint is the last good build's, whichever object holds it. <see cref="Fingerprint.Absent"/> for a record made by hand.</summary>
    public Fingerprint Fingerprint { get; init; }

    public const int DefaultAnswerSeconds = 120;
    public const int MinAnswerSeconds = 15;
    public const int MaxAnswerSeconds = 1800;

    public AnswerShape? Shape(string id) => Shapes.FirstOrDefault(s => s.Id == id);
}
