namespace Portal.Application.Common;

/// <summary>
/// The signed-in person's role, or place in the company, does not allow this; answered 403 with the reason. The
/// framework's <see cref="UnauthorizedAccessException"/> is not used for this: it means the file system refused
/// (see .docs/decisions/013-refusals.md).
/// </summary>
public sealed class NotAllowedException(string reason) : Exception(reason);
