// A fact that runs on Linux only (signals sent with kill(1), flock semantics), reported as skipped elsewhere.
namespace Handbook.Tests.Support;

public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "Linux only: sends POSIX signals to the real CLI.";
    }
}
