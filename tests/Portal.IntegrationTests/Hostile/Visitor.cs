using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Hostile;

/// <summary>Someone who uses the portal: anonymous, or one of the demo accounts, and the page they start from.</summary>
public sealed record Visitor(string Name, string? Email, string Home)
{
    /// <summary>The visitors the fuzzer sends hostile input as: one of each kind of account.</summary>
    public static readonly IReadOnlyList<Visitor> All =
    [
        new("anonymous", null, "/"),
        new("admin", "admin@northwind.example", "/Staff"),
        new("sales", "sales@northwind.example", "/Staff"),
        new("customer", "buyer@helios.example", "/Customer"),
        new("pending customer", "owner@quantaforge.example", "/Customer"),
    ];

    /// <summary>Every demo sign-in of the README, and anonymous: each sees the portal in a state of its own.</summary>
    public static readonly IReadOnlyList<Visitor> EveryDemoRole =
    [
        .. All,
        new("compliance", "compliance@northwind.example", "/Compliance"),
        new("Standard customer", "buyer@fjord.example", "/Customer"),
        new("held customer", "buyer@borealis.example", "/Customer"),
        new("requester", "requester@helios.example", "/Customer"),
        new("approver with a limit", "approver@helios.example", "/Customer"),
        new("second approver", "cfo@helios.example", "/Customer"),
        new("finance", "finance@helios.example", "/Customer"),
    ];

    public string[] StartPages => Home == "/" ? ["/"] : ["/", Home];

    public async Task<PortalClient> ClientAsync(PortalFactory factory)
    {
        var client = factory.NewClient();
        await SignInAsync(client);
        return client;
    }

    public Task SignInAsync(PortalClient client) => Email is null ? Task.CompletedTask : client.SignInAsync(Email);

    /// <summary>A signed-in visitor sent to the sign-in page has lost the session.</summary>
    public bool HasLostSession(HttpResponseMessage response) =>
        Email is not null && response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase) == true;

    public override string ToString() => Name;
}
