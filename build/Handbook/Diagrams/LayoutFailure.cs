// Why a diagram could not be laid out: the step (0-based) whose text does not fit, and a sentence saying how.
namespace Handbook.Diagrams;

public sealed record LayoutFailure(int StepIndex, string Message);
