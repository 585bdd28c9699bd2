namespace Portal.Domain.Api;

/// <summary>What an API key may do: read (catalog, quotes, waitlist, deposits) and, with write, change (submit, accept, join).</summary>
[Flags]
public enum ApiScopes
{
    None = 0,
    Read = 1,
    Write = 2,
}
