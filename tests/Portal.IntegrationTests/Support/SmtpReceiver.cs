using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Portal.IntegrationTests.Support;

/// <summary>A minimal SMTP server on loopback that accepts every mail, so that email tests go through a real SMTP conversation.</summary>
public sealed class SmtpReceiver : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public SmtpReceiver()
    {
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The raw DATA of each mail received, in arrival order.</summary>
    public ConcurrentQueue<string> Messages { get; } = new();

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            using (client)
            {
                await ConverseAsync(client.GetStream());
            }
        }
    }

    private async Task ConverseAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost test SMTP");
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var command = line.Split(' ')[0].ToUpperInvariant();
            switch (command)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 localhost");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                    Messages.Enqueue(await ReadDataAsync(reader));
                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }

    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(_stop.Token) is { } line && line != ".")
        {
            data.AppendLine(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line);
        }
        return data.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
