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

    public AnswerShape? Shape(string id) => Shapes.FirstOrDefault(s => s.Id == id);
}
