// How serious a diagnostic is: errors stop the build, warnings do not.
namespace Handbook.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
