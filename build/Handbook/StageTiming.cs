// How long one stage of one build took: kept on the BuildContext so benchmarks can say where a rebuild spends its time.
namespace Handbook;

public sealed record StageTiming(string Stage, double Milliseconds);
