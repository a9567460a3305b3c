// A fact that needs Unix file types (FIFOs, symbolic links to /dev and /etc): skipped on Windows, where they do not exist.
namespace Handbook.Tests.Support;

public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Needs FIFOs, devices and Unix symbolic links.";
    }

    /// <summary>For a test of file modes: root reads a file whatever its mode, so as root the test says so instead of passing.</summary>
    public bool NotAsRoot
    {
        get => Skip is not null;
        set
        {
            if (value && Skip is null && Environment.UserName == "root")
                Skip = "Runs as root, which reads a file whatever its mode; ReadInputsStageTests inject the same failure.";
        }
    }
}
