// Reads a Server-Sent Events stream in the background, so a test can wait for the next event with a timeout.
using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace Handbook.Tests.Support;

[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "Named after the text/event-stream it reads; it is no System.IO.Stream.")]
public sealed class EventStream : IAsyncDisposable
{
    private readonly Channel<(string Event, string Data)> _events = Channel.CreateUnbounded<(string, string)>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;

    private EventStream(Stream stream) => _reader = Task.Run(() => Read(stream));

    public static async Task<EventStream> OpenAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStream(await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next event, or a failed test if none arrives in time.</summary>
    public async Task<(string Event, string Data)> NextAsync(int seconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            return await _events.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no server-sent event within {seconds} s");
        }
    }

    private async Task Read(Stream stream)
    {
        using var reader = new StreamReader(stream);
        string? name = null, data = null;
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
                else if (line.Length == 0 && name is not null)
                {
                    await _events.Writer.WriteAsync((name, data ?? ""));
                    (name, data) = (null, null);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The stream was closed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reader;
        _stop.Dispose();
    }
}
