// What `serve` was asked to do: the build's options plus where to listen.
using Handbook.Core;

namespace Handbook.Serve;

public sealed record ServeOptions
{
    public BuildOptions Build { get; init; } = new();

    /// <summary>The address to listen on; loopback unless the writer asks for another.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; null means 5000, or the next free port after it.</summary>
    public int? Port { get; init; }

    /// <summary>How long the files must stay quiet after a change before rebuilding, so one save that touches a file twice builds once.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(30);

    /// <summary>--verbose: an internal error in a rebuild writes its trace to a file, whose path is printed.</summary>
    public bool Verbose { get; init; }
}
