namespace Portal.Application.Waitlist.Leave;

/// <param name="SeenVersion">The entry's version its owner saw; a change since then refuses the step.</param>
public sealed record LeaveWaitlistCommand(int EntryId, int? SeenVersion);
