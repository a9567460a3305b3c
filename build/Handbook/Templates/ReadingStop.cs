// One place in the reading order: a page, or a part of one (a quick-fire question, the closing tip) reached by its anchor.
using Handbook.Model;

namespace Handbook.Templates;

/// <param name="Quick">The quick-fire question's index within its area, or -1.</param>
/// <param name="IsClosing">The area's closing tip; its anchor is the closing section's id in templates/sections.yml.</param>
public sealed record ReadingStop(string Path, string? Anchor, Area? Area, Question? Question, int Quick = -1, bool IsClosing = false);
