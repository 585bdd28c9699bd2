namespace Portal.Application.Common;

/// <summary>
/// Tells a failure of the database itself (it cannot be reached, is shutting down or starting, or is too busy) from a
/// failure of ours: the first is worth a "try again in a moment", the second is a bug.
/// </summary>
public interface IDatabaseOutage
{
    bool Caused(Exception failure);
}
