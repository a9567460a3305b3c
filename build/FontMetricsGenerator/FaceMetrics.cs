// What the diagrams need from one font face: units per em, vertical extent and each character's advance width.
namespace FontMetricsGenerator;

public sealed record FaceMetrics(int UnitsPerEm, int Ascent, int Descent, IReadOnlyDictionary<int, int> Advances);
