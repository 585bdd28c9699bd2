using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.IntegrationTests.Webhooks;

/// <summary>
/// A customer's system on a loopback port (Kestrel, real HTTP): records every request the portal posts and answers
/// 200, or the statuses it was told to answer first.
/// </summary>
public sealed class EndpointReceiver : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly Channel<ReceivedEvent> _received = Channel.CreateUnbounded<ReceivedEvent>();
    private readonly ConcurrentQueue<int> _answers = new();
    private readonly WebApplication _app;

    private EndpointReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = string.Empty;

    /// <summary>Answers every request with this status once the told ones are used up; 200 unless set.</summary>
    public int Otherwise { get; set; } = 200;

    public static async Task<EndpointReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var receiver = new EndpointReceiver(builder.Build());
        receiver._app.MapPost("/events", receiver.ReceiveAsync);
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = $"{address}/events";
        return receiver;
    }

    /// <summary>The next requests are answered with these statuses, in order.</summary>
    public void AnswerNext(params int[] statuses) => Array.ForEach(statuses, _answers.Enqueue);

    /// <summary>The next request received (or already waiting); fails after a while without one.</summary>
    public async Task<ReceivedEvent> NextAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        return await _received.Reader.ReadAsync(patience.Token);
    }

    /// <summary>Whether a request arrived that was not taken with <see cref="NextAsync"/>.</summary>
    public bool HasMore => _received.Reader.TryPeek(out _);

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers;
        context.Response.StatusCode = _answers.TryDequeue(out var status) ? status : Otherwise;
        await _received.Writer.WriteAsync(new ReceivedEvent(body, headers["Portal-Signature"].ToString(), headers["Portal-Event"].ToString(),
            headers["Portal-Delivery"].ToString(), context.Response.StatusCode));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed record ReceivedEvent(string Body, string Signature, string Event, string Delivery, int AnsweredWith);
