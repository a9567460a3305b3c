// Ctrl+C (SIGINT) and SIGTERM as a cancellation the build checks between stages and pages, so it cleans up instead of dying mid-write.
using System.Runtime.InteropServices;

namespace Handbook.Commands;

/// <remarks>Our own registrations, not System.CommandLine's: its handler ends the process 2 seconds after the signal whether or
/// not the clean-up has finished, and covers only asynchronous actions.</remarks>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private PosixSignal? _signal;

    /// <summary>Listens for SIGINT and SIGTERM until disposed; the process is no longer ended by them meanwhile.</summary>
    public static StopSignals Listen()
    {
        var signals = new StopSignals();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
            signals._registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                signals.Stop(signal);
            }));
        return signals;
    }

    public CancellationToken Token => _stop.Token;

    public bool Stopped => _stop.IsCancellationRequested;

    /// <summary>130 after SIGINT, 143 after SIGTERM (128 + the signal's number, as shells report a process the signal ended).</summary>
    public int ExitCode => _signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;

    /// <summary>How the one line about the stop names it.</summary>
    public string Name => _signal == PosixSignal.SIGTERM ? "SIGTERM" : "Ctrl+C";

    /// <summary>What a signal does; the first one decides the exit code.</summary>
    public void Stop(PosixSignal signal)
    {
        lock (_registrations) _signal ??= signal;
        _stop.Cancel();
    }

    // The token source is not disposed: a signal arriving while the registrations are removed may still cancel it.
    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
    }
}
