// Which Host headers `serve` answers: a web page the author has open can point its own domain at 127.0.0.1 (DNS
// rebinding) and read the server as same-origin, so a request must name this machine, not some domain.
using System.Net;
using System.Net.NetworkInformation;

namespace Handbook.Serve;

public sealed class HostFilter(string listenHost)
{
    private static readonly string[] Wildcards = ["0.0.0.0", "::", "[::]", "*", "+"];

    // A wildcard binding is reached through this machine's addresses; read once, as the server starts.
    private readonly HashSet<IPAddress> _ownAddresses = Wildcards.Contains(listenHost)
        ? [.. NetworkInterface.GetAllNetworkInterfaces().SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address)]
        : [];

    /// <summary>True for localhost, an address of 127.0.0.0/8 or ::1, or the --host given (an address of this machine when it is a wildcard).</summary>
    public bool Allows(string host)
    {
        var name = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        if (name.Equals(listenHost, StringComparison.OrdinalIgnoreCase) || host.Equals(listenHost, StringComparison.OrdinalIgnoreCase)) return true;
        return IsLoopback(name) || IPAddress.TryParse(name, out var address) && _ownAddresses.Contains(address);
    }

    /// <summary>Whether listening on <paramref name="host"/> keeps the server to this machine.</summary>
    public static bool IsLoopback(string host)
    {
        var name = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        // Only a literal address: a name such as 127.0.0.1.evil.example is a domain whoever owns it can point anywhere.
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(name, out var address) && IPAddress.IsLoopback(address);
    }
}
