namespace Portal.Application.Common;

/// <summary>
/// What a person may do inside their customer company; a person holds any number of them. The company's first user
/// holds them all, and its administrators give them to colleagues on the Colleagues page.
/// </summary>
[Flags]
public enum CompanyRoles
{
    None = 0,

    /// <summary>Manages colleagues and their roles, sites, API keys and webhooks.</summary>
    Administrator = 1,

    /// <summary>Configures, drafts and submits quote requests, joins the waitlist, talks to sales in a quote's thread.</summary>
    Requester = 2,

    /// <summary>Accepts or declines issued quotes, up to the person's approval limit.</summary>
    Approver = 4,

    /// <summary>Pays deposits, receives the deposit mails and invoices, sees the deposits list.</summary>
    Finance = 8,

    All = Administrator | Requester | Approver | Finance,
}
