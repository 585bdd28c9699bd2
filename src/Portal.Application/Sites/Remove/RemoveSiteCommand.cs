namespace Portal.Application.Sites.Remove;

public sealed record RemoveSiteCommand(int SiteId);
