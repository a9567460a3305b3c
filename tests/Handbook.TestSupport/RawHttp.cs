// Sends one HTTP/1.1 request byte for byte over a socket: HttpClient would normalise the path ("//", "..", %2e) before it left.
using System.Net.Sockets;
using System.Text;

namespace Handbook.Tests.Support;

public sealed record RawHttp(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>Sends <c>METHOD target HTTP/1.1</c> with the given Host header (none when null) and reads the answer until the server closes.</summary>
    public static async Task<RawHttp> SendAsync(int port, string method, string target, string? host)
    {
        var request = new StringBuilder($"{method} {target} HTTP/1.1\r\n");
        if (host is not null) request.Append($"Host: {host}\r\n");
        if (method is "POST" or "PUT" or "PATCH") request.Append("Content-Length: 0\r\n");
        request.Append("Connection: close\r\n\r\n");

        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.ConnectAsync("127.0.0.1", port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request.ToString()), timeout.Token);
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer, timeout.Token);
        return Parse(Encoding.UTF8.GetString(answer.ToArray()));
    }

    private static RawHttp Parse(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, $"not an HTTP response: {text}");
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1]);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new RawHttp(status, headers, text[(end + 4)..]);
    }
}
