namespace Portal.IntegrationTests.Security;

/// <summary>Who may call each action. Every controller action must appear here: a new one fails the sweep until it is added.</summary>
[Flags]
public enum Access
{
    None = 0,
    Anonymous = 1,
    CustomerA = 2,
    CustomerB = 4,
    Sales = 8,
    Admin = 16,
    Customers = CustomerA | CustomerB,
    Staff = Sales | Admin,
    SignedIn = Customers | Staff,
    Everyone = Anonymous | SignedIn,
}

public static class AccessTable
{
    /// <summary>Keyed by "Area/Controller.Action" (no area: "/Controller.Action").</summary>
    public static readonly IReadOnlyDictionary<string, Access> Expected = new Dictionary<string, Access>
    {
        ["/Home.Index"] = Access.Everyone,
        ["/Error.Index"] = Access.Everyone,
        ["/Error.Status"] = Access.Everyone,
        ["/Catalog.Index"] = Access.Everyone,
        ["/Catalog.Product"] = Access.Everyone,
        ["/Account.Register"] = Access.Everyone,
        ["/Account.Login"] = Access.Everyone,
        ["/Account.Logout"] = Access.Everyone,
        ["/Account.ConfirmEmail"] = Access.Everyone,
        ["/Account.ForgotPassword"] = Access.Everyone,
        ["/Account.ResetPassword"] = Access.Everyone,
        ["/Account.AcceptInvitation"] = Access.Everyone,
        ["/Account.AccessDenied"] = Access.Everyone,

        ["Customer/Home.Index"] = Access.Customers,
        ["Customer/Sites.Index"] = Access.Customers,
        ["Customer/Sites.Create"] = Access.Customers,
        ["Customer/Sites.Edit"] = Access.Customers,
        ["Customer/Sites.Save"] = Access.Customers,
        ["Customer/Sites.Delete"] = Access.Customers,
        ["Customer/Colleagues.Index"] = Access.Customers,
        ["Customer/Colleagues.Invite"] = Access.Customers,
        ["Customer/Configurator.Index"] = Access.Customers,
        ["Customer/Configurator.Evaluate"] = Access.Customers,
        ["Customer/Configurator.AddToQuote"] = Access.Customers,
        ["Customer/Quotes.Index"] = Access.Customers,
        ["Customer/Quotes.Details"] = Access.Customers,
        ["Customer/Quotes.Describe"] = Access.Customers,
        ["Customer/Quotes.AddProduct"] = Access.Customers,
        ["Customer/Quotes.RemoveConfiguration"] = Access.Customers,
        ["Customer/Quotes.RemoveProduct"] = Access.Customers,
        ["Customer/Quotes.Delete"] = Access.Customers,
        ["Customer/Quotes.Submit"] = Access.Customers,
        ["Customer/Quotes.Cancel"] = Access.Customers,
        ["Customer/Quotes.Accept"] = Access.Customers,
        ["Customer/Quotes.Decline"] = Access.Customers,
        ["/QuotePdf.Download"] = Access.SignedIn,
        ["/QuotePdf.Revision"] = Access.SignedIn,
        ["/QuoteRevisions.Compare"] = Access.SignedIn,

        ["Staff/Home.Index"] = Access.Staff,
        ["Staff/Quotes.Index"] = Access.Staff,
        ["Staff/Quotes.Details"] = Access.Staff,
        ["Staff/Quotes.Claim"] = Access.Staff,
        ["Staff/Quotes.Approve"] = Access.Staff,
        ["Staff/Quotes.MoveDelivery"] = Access.Staff,
        ["Staff/Quotes.RequestChanges"] = Access.Staff,
        ["Staff/Quotes.Reject"] = Access.Staff,
        ["Staff/Quotes.Cancel"] = Access.Staff,
        ["Staff/Quotes.Approvals"] = Access.Admin,
        ["Staff/Quotes.Price"] = Access.Staff,
        ["Staff/Quotes.SendBack"] = Access.Admin,
        ["Staff/Quotes.Revise"] = Access.Staff,
        ["Staff/Organizations.Index"] = Access.Staff,
        ["Staff/Organizations.Details"] = Access.Staff,
        ["Staff/Organizations.Approve"] = Access.Admin,
        ["Staff/Organizations.Suspend"] = Access.Admin,
        ["Staff/Organizations.Reinstate"] = Access.Admin,
        ["Staff/Organizations.SetTier"] = Access.Admin,

        ["Admin/Products.Index"] = Access.Admin,
        ["Admin/Products.Edit"] = Access.Admin,
        ["Admin/Products.Supply"] = Access.Admin,
        ["Admin/Team.Index"] = Access.Admin,
        ["Admin/Team.Invite"] = Access.Admin,
        ["Admin/Outbox.Index"] = Access.Admin,
        ["Admin/Outbox.Show"] = Access.Admin,
        ["Admin/Audit.Index"] = Access.Admin,
    };
}
