namespace Portal.Application.Waitlist.MoveEntry;

/// <param name="SeenVersion">The entry's version the admin saw; a change since then refuses the move.</param>
/// <param name="Position">The place to take, counted in the line of the quarter the entry waits for (all entries for "earliest").</param>
/// <param name="Reason">Why: the audit log keeps it.</param>
public sealed record MoveEntryCommand(int EntryId, int? SeenVersion, int? Position, string? Reason);
