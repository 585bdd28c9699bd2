namespace Portal.Application.Api.RevokeApiKey;

/// <summary>A key to revoke: calls made with it are refused from then on.</summary>
public sealed record RevokeApiKeyCommand(int KeyId);
