// A quick-fire question of an area: no page of its own, just how to answer it.
namespace Handbook.Model;

public sealed record QuickQuestion(string Text, IReadOnlyList<string> HowToAnswer);
