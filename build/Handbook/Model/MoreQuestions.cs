// The "More questions you might get" block of an area.
namespace Handbook.Model;

public sealed record MoreQuestions(string? Title, string? Intro, IReadOnlyList<QuickQuestion> Items);
