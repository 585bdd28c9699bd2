using FluentValidation;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Common;

namespace Portal.Application.Quotes.MoveDelivery;

/// <summary>Sales moves the delivery of a request it reviews to another quarter (not one already past); the customer is told.</summary>
public sealed class MoveDeliveryHandler(IPortalDb db, IValidator<MoveDeliveryCommand> validator, Acting acting, TimeProvider clock)
{
    public async Task<Result> HandleAsync(int quoteId, int? seenVersion, MoveDeliveryCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).EnsureStaff();
        var quote = await db.FindSeenAsync(quoteId, seenVersion, actor, cancellationToken);
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        quote.MoveDelivery(Quarter.Parse(command.Quarter!), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
