using FluentValidation;
using Portal.Application.Common;
using Portal.Application.Quotes.Holds;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Review;

/// <summary>
/// The shared step of a decision that says why (changes requested, rejected, sent back to sales): the note is checked,
/// the quote takes the step and is saved, and a step that ends the quote gives back the supply it held (a request
/// made from a waitlist offer holds its units from the start).
/// </summary>
public sealed class NotedDecision(IPortalDb db, IValidator<DecisionNote> notes, AllocationHolds holds)
{
    public async Task<Result> TakeAsync(Quote quote, DecisionNote note, Action<Quote, string> step, CancellationToken cancellationToken)
    {
        var validation = await notes.ValidateAsync(note, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        step(quote, note.Text!.Trim());
        if (quote.Status.IsClosed())
        {
            await holds.ReleaseAsync(quote, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }
}
