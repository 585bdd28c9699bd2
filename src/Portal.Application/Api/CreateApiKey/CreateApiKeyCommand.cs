namespace Portal.Application.Api.CreateApiKey;

/// <summary>A new API key: named after the system that uses it, to read or to read and write.</summary>
public sealed record CreateApiKeyCommand(string? Name, bool Write);
