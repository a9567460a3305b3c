// One place in the reading order: a page, or a part of one (a quick-fire question, the closing tip) reached by its anchor.
using Handbook.Model;

namespace Handbook.Templates;

/// <param name="Quick">The quick-fire question's index within its area, or -1.</param>
public sealed record ReadingStop(string Path, string? Anchor, Area? Area, Question? Question, int Quick = -1)
{
    public const string ClosingAnchor = "before-the-loop";
    public const string ClosingTitle = "Before the loop";

    public static string QuickAnchor(int index) => $"quick-{index + 1}";

    public bool IsClosing => Anchor == ClosingAnchor;
}
