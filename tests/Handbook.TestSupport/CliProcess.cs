// The real `handbook` executable from the test's output folder, run as a child process that tests can signal.
using System.Diagnostics;

namespace Handbook.Tests.Support;

public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private CliProcess(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the apphost built beside the tests (the same code as `dotnet run --project build/Handbook`).</summary>
    public static CliProcess Start(string folder, params string[] args)
    {
        var exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "handbook.exe" : "handbook");
        var info = new ProcessStartInfo(exe, args)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        return new CliProcess(Process.Start(info)!);
    }

    /// <summary>Sends a signal by name (INT, TERM, KILL) with kill(1), as a terminal or a container runtime would.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{name}", Id.ToString()]) { RedirectStandardError = true })!;
        kill.WaitForExit();
    }

    /// <summary>Waits for the end (killing it after the timeout, which fails the caller's exit-code check) and returns what it printed.</summary>
    public (int ExitCode, string Stdout, string Stderr) Wait(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
            return (-1, _stdout.Result, $"timed out after {timeout}\n{_stderr.Result}");
        }

        _process.WaitForExit();
        return (_process.ExitCode, _stdout.Result, _stderr.Result);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
