namespace Portal.Domain.Common;

/// <summary>A business rule refused an operation; the message is meant for the person who asked.</summary>
public sealed class DomainException(string message) : Exception(message);
