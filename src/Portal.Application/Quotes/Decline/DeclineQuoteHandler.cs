using FluentValidation;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.Accept;
using Portal.Application.Quotes.Holds;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Decline;

/// <summary>
/// The customer declines the issued revision, saying why; the supply goes back. The pages name what the customer saw
/// by the quote's version, the API by the revision's number.
/// </summary>
public sealed class DeclineQuoteHandler(IPortalDb db, IValidator<DecisionNote> notes, AllocationHolds holds, Acting acting, TimeProvider clock)
{
    public async Task<Result> HandleAsync(DeclineQuoteCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).CustomerWith(CompanyRoles.Approver);
        var quote = await db.FindOwnAsync(command.QuoteId, actor, cancellationToken);
        if (command.Revision is { } revision)
        {
            // The revision named by its number, as an acceptance names it; another revision is refused.
            if (revision < 1)
            {
                return Result.Fail(nameof(AcceptQuoteCommand.Revision), AcceptQuoteCommand.RevisionNotNamed);
            }
            quote.EnsureAnswering(revision);
        }
        else
        {
            quote.EnsureUnchangedSince(command.SeenVersion);
        }
        return await DeclineAsync(quote, command.Reason, cancellationToken);
    }

    private async Task<Result> DeclineAsync(Quote quote, DecisionNote reason, CancellationToken cancellationToken)
    {
        var validation = await notes.ValidateAsync(reason, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        quote.Decline(reason.Text!.Trim(), clock.GetUtcNow().UtcDateTime);
        await holds.ReleaseAsync(quote, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }
}
