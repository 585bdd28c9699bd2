namespace Portal.Application.Accounts.Invitations;

/// <summary>How many colleagues a company may invite: each invitation mails an address in the vendor's name.</summary>
public sealed class InvitationLimits
{
    public const string Section = "Invitations";

    /// <summary>Invitations per company in any 24 hours.</summary>
    public int PerCompanyPerDay { get; set; } = 20;
}
