// A theory that runs on Linux only (signals sent with kill(1)), reported as skipped elsewhere.
namespace Handbook.Tests.Support;

public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "Linux only: sends POSIX signals to the real CLI.";
    }
}
