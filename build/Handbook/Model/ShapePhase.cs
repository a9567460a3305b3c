// One phase of an answer shape (e.g. CARL's Actions), optionally with its suggested share of the words.
namespace Handbook.Model;

public sealed record ShapePhase(string Id, string Name, int? Share);
