using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;
using static Portal.IntegrationTests.Payments.DepositSteps;

namespace Portal.IntegrationTests.Payments;

/// <summary>
/// A deposit above what a card payment can carry goes to bank transfer: the customer gets an invoice with the transfer
/// details and reference, and sales records the transfer when it arrives, which pays the deposit.
/// </summary>
public abstract class BankTransferTests(PaymentsPortal portal)
{
    private PortalFactory Factory => portal.Factory;

    /// <summary>Two Trainium2 racks: a total of millions, so a deposit of more than 999,999.99.</summary>
    private async Task<(string Customer, int QuoteId, Deposit Deposit)> LargeAcceptedQuoteAsync()
    {
        var customer = await Customers.AddAsync(Factory, $"b{Guid.NewGuid():N}"[..10]);
        var (quoteId, deposit) = await AcceptedQuoteAsync(Factory, customer, b => b.WithTrainium2Racks(2));
        return (customer, quoteId, deposit);
    }

    private static Dictionary<string, string> Transfer(string amount, string on, string reference) => new()
    {
        ["Transfer.Amount"] = amount, ["Transfer.ReceivedOn"] = on, ["Transfer.Reference"] = reference,
    };

    [SkippableFact]
    public async Task ALargeDepositIsInvoicedForTransferAndCannotBePaidByCard()
    {
        var (customerEmail, quoteId, deposit) = await LargeAcceptedQuoteAsync();
        using var customer = await Factory.SignedInAsync(customerEmail);

        var page = await customer.GetAsync($"/Customer/Deposits/Details/{deposit.Id}");
        var byCard = await customer.PostAsync($"/Customer/Deposits/Pay/{deposit.Id}",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = await customer.AntiforgeryTokenAsync($"/Customer/Deposits/Details/{deposit.Id}") });
        var invoice = await customer.Http.GetAsync($"/deposits/{deposit.Id}/invoice");

        Assert.True(deposit.AmountMinorUnits > Deposit.MaxCardMinorUnits, $"{deposit.Amount}");
        Assert.Equal(DepositMethod.BankTransfer, deposit.Method);
        Assert.Contains("at most 999,999.99", page.Text("main"));
        Assert.Contains("XX00 TEST 0000 0000 0000 00", page.Text("main"));
        Assert.Null(page.Document.QuerySelector($"form[action='/Customer/Deposits/Pay/{deposit.Id}']"));
        Assert.Equal(HttpStatusCode.Conflict, byCard.Status);
        Assert.Equal(HttpStatusCode.OK, invoice.StatusCode);
        Assert.Equal($"{deposit.Reference}.pdf", invoice.Content.Headers.ContentDisposition?.FileNameStar ?? invoice.Content.Headers.ContentDisposition?.FileName);
        using var pdf = PdfArtifacts.Check(await invoice.Content.ReadAsByteArrayAsync(), $"deposit-invoice-{portal.Provider}");
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        var number = await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Number).SingleAsync());
        Assert.Contains($"Deposit invoice {deposit.Reference}", words);
        Assert.Contains(MoneyText.Format(deposit.Amount, 2), words);
        Assert.Contains("XX00 TEST 0000 0000 0000 00", words);
        Assert.Contains($"of quote {number}.", words);
    }

    [SkippableFact]
    public async Task SalesRecordsTheTransferWhichPaysTheDepositAndIsAudited()
    {
        var (customerEmail, quoteId, deposit) = await LargeAcceptedQuoteAsync();
        using var customer = await Factory.SignedInAsync(customerEmail);
        using var sales = await Factory.SignedInAsync(Sales);
        var page = $"/Staff/Deposits/Details/{deposit.Id}";
        var record = $"/Staff/Deposits/RecordTransfer/{deposit.Id}";
        var exact = deposit.Amount.Major.ToString("0.00", CultureInfo.InvariantCulture);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var empty = await sales.SubmitAsync(page, Transfer("", "", ""), record);
        var wrong = await sales.SubmitAsync(page, Transfer((deposit.Amount.Major - 1).ToString("0.00", CultureInfo.InvariantCulture), today, "BANK-1"), record);
        var future = await sales.SubmitAsync(page, Transfer(exact, DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "BANK-1"), record);
        var unreadable = await sales.SubmitAsync(page, Transfer("lots", today, "BANK-1"), record);
        var byCustomer = await customer.PostAsync(record, new Dictionary<string, string>(Transfer(exact, today, "BANK-1"))
        {
            ["__RequestVerificationToken"] = await customer.AntiforgeryTokenAsync($"/Customer/Deposits/Details/{deposit.Id}"),
        });
        Assert.Equal("Type the amount received.", empty.FieldMessage("Transfer.Amount"));
        Assert.Equal("Choose the day the transfer arrived.", empty.FieldMessage("Transfer.ReceivedOn"));
        Assert.Equal("Type the bank's reference for the transfer.", empty.FieldMessage("Transfer.Reference"));
        Assert.Contains("record the transfer once exactly that has arrived", wrong.FieldMessage("Transfer.Amount"));
        Assert.Equal("A transfer cannot arrive in the future.", future.FieldMessage("Transfer.ReceivedOn"));
        Assert.Equal(HttpStatusCode.OK, unreadable.Status);
        Assert.True(byCustomer.Status is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{byCustomer.Status}");
        Assert.Equal(DepositState.Due, (await DepositAsync(Factory, deposit.Id)).State);

        var recorded = await sales.SubmitAsync(page, Transfer(exact, today, "BANK-REF-778"), record);

        Assert.Equal(HttpStatusCode.Redirect, recorded.Status);
        var paid = await DepositAsync(Factory, deposit.Id);
        Assert.Equal((DepositState.Paid, "BANK-REF-778"), (paid.State, paid.TransferReference));
        Assert.Equal(QuoteStatus.DepositPaid, await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Status).SingleAsync()));
        var audit = await Factory.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.EntityId == deposit.Reference && e.Action == "Paid"));
        Assert.Equal("Sam Sales", audit.Actor);
        Assert.Contains("reference BANK-REF-778", audit.Reason);
        Assert.Contains("Deposit received", Outbox.LatestTo(Factory, customerEmail).Subject);
        var again = await sales.GetAsync(page);
        Assert.Null(again.Document.QuerySelector($"form[action='{record}']"));
    }

    [SkippableFact]
    public async Task AnAdminCancellingAQuotePaidByTransferMayGiveAsLongAReasonAsTheNoteHoldsAndTheDepositIsOwedBack()
    {
        var customerEmail = await Customers.AddAsync(Factory, $"c{Guid.NewGuid():N}"[..10]);
        var (quoteId, deposit) = await AcceptedQuoteAsync(Factory, customerEmail, b => b.WithProduct("SVC-INSTALL-RACK", 1));
        using var sales = await Factory.SignedInAsync(Sales);
        using var admin = await Factory.SignedInAsync(Admin);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await sales.SubmitAsync($"/Staff/Deposits/Details/{deposit.Id}",
            Transfer(deposit.Amount.Major.ToString("0.00", CultureInfo.InvariantCulture), today, "SEPA-LONG"), $"/Staff/Deposits/RecordTransfer/{deposit.Id}");
        var page = $"/Staff/Quotes/Details/{quoteId}";
        var reason = string.Join(" ", Enumerable.Repeat("The site lost its power contract.", 45)); // 1,529 characters

        var form = await admin.GetAsync(page);
        var cancelled = await admin.SubmitAsync(page, new Dictionary<string, string> { ["reason"] = reason }, $"/Staff/Deposits/CancelQuote?quoteId={quoteId}");

        Assert.Equal(DecisionNote.MaxLength.ToString(CultureInfo.InvariantCulture), form.Document.QuerySelector("#refund-reason")?.GetAttribute("maxlength"));
        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);
        Assert.Equal(QuoteStatus.Cancelled, await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Status).SingleAsync()));
        Assert.Equal(DepositState.RefundOwed, (await DepositAsync(Factory, deposit.Id)).State);
    }

    [SkippableFact]
    public async Task ATransferIsRecordedWhenTheWebhookOfTheCheckoutItClosesIsHandledFirst()
    {
        var customerEmail = await Customers.AddAsync(Factory, $"c{Guid.NewGuid():N}"[..10]);
        var (_, deposit) = await AcceptedQuoteAsync(Factory, customerEmail, b => b.WithProduct("SVC-INSTALL-RACK", 1));
        using var customer = await Factory.SignedInAsync(customerEmail);
        using var sales = await Factory.SignedInAsync(Sales);
        var session = await CheckoutAsync(customer, deposit.Id);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        portal.Link.ExpiryWebhookFirst = true;
        PortalClient.Page recorded;
        try
        {
            recorded = await sales.SubmitAsync($"/Staff/Deposits/Details/{deposit.Id}",
                Transfer(deposit.Amount.Major.ToString("0.00", CultureInfo.InvariantCulture), today, "SEPA-RACE"), $"/Staff/Deposits/RecordTransfer/{deposit.Id}");
        }
        finally
        {
            portal.Link.ExpiryWebhookFirst = false;
        }

        Assert.Equal(HttpStatusCode.Redirect, recorded.Status);
        var paid = await DepositAsync(Factory, deposit.Id);
        Assert.Equal((DepositState.Paid, DepositMethod.BankTransfer, "SEPA-RACE", null), (paid.State, paid.Method, paid.TransferReference, paid.CheckoutSessionId));
        await portal.StandIn.Webhooks.AnsweredAsync("checkout.session.expired", session, HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task ATransferRecordedWhileACardCheckoutIsOpenClosesItAndOneAlreadyPaidByCardIsNotRecorded()
    {
        var customerEmail = await Customers.AddAsync(Factory, $"c{Guid.NewGuid():N}"[..10]);
        var (_, open) = await AcceptedQuoteAsync(Factory, customerEmail, b => b.WithProduct("SVC-INSTALL-RACK", 1));
        var (_, paidByCard) = await AcceptedQuoteAsync(Factory, customerEmail, b => b.WithProduct("SVC-INSTALL-RACK", 2));
        using var customer = await Factory.SignedInAsync(customerEmail);
        using var sales = await Factory.SignedInAsync(Sales);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var openSession = await CheckoutAsync(customer, open.Id);

        var recorded = await sales.SubmitAsync($"/Staff/Deposits/Details/{open.Id}",
            Transfer(open.Amount.Major.ToString("0.00", CultureInfo.InvariantCulture), today, "SEPA-1"), $"/Staff/Deposits/RecordTransfer/{open.Id}");
        using var lateCard = await OnCheckoutPageAsync(portal.StandIn, openSession);

        Assert.Equal(HttpStatusCode.Redirect, recorded.Status);
        var transferred = await DepositAsync(Factory, open.Id);
        Assert.Equal((DepositState.Paid, DepositMethod.BankTransfer, null), (transferred.State, transferred.Method, transferred.CheckoutSessionId));
        Assert.Equal(HttpStatusCode.BadRequest, lateCard.StatusCode);
        Assert.Contains("expired", await lateCard.Content.ReadAsStringAsync());

        portal.StandIn.Webhooks.Hold();
        try
        {
            await OnCheckoutPageAsync(portal.StandIn, await CheckoutAsync(customer, paidByCard.Id));
            var refused = await sales.SubmitAsync($"/Staff/Deposits/Details/{paidByCard.Id}",
                Transfer(paidByCard.Amount.Major.ToString("0.00", CultureInfo.InvariantCulture), today, "SEPA-2"), $"/Staff/Deposits/RecordTransfer/{paidByCard.Id}");
            Assert.Equal(HttpStatusCode.OK, refused.Status);
            Assert.Contains("has just paid", refused.Text("main"));
            Assert.Equal(DepositState.Due, (await DepositAsync(Factory, paidByCard.Id)).State);
        }
        finally
        {
            portal.StandIn.Webhooks.Release();
        }
        var card = await WaitForAsync(Factory, paidByCard.Id, d => d.State == DepositState.Paid);
        Assert.Equal(DepositMethod.Card, card.Method);
    }
}

public sealed class BankTransferOnSqlite(SqlitePayments portal) : BankTransferTests(portal), IClassFixture<SqlitePayments>;

public sealed class BankTransferOnPostgreSql(PostgresPayments portal) : BankTransferTests(portal), IClassFixture<PostgresPayments>;
