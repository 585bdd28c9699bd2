using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.Messages;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.PostMessage;

/// <summary>
/// Someone who may see a quote writes on its conversation: the customer's people to the vendor, staff to the customer
/// or, as an internal note, to each other. Another company's quote is not found.
/// </summary>
public sealed class PostMessageHandler(IPortalDb db, IValidator<PostMessageCommand> validator, Acting acting, TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(int quoteId, PostMessageCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        actor.EnsureStaffOr(CompanyRoles.Requester);
        var quote = await db.Quotes.VisibleTo(actor).SingleOrDefaultAsync(q => q.Id == quoteId, cancellationToken)
                    ?? throw new NotFoundException("The quote");
        var checkedInput = await validator.ValidateAsync(command, cancellationToken);
        if (!checkedInput.IsValid)
        {
            return Result<int>.Fail(checkedInput.ToFieldErrors());
        }
        var files = command.Attachments
            .Select(a => new AttachedFile(AttachmentTypes.CleanName(a.FileName, QuoteMessageAttachment.FileNameMaxLength), AttachmentTypes.Of(a.Content)!, a.Content))
            .ToList();
        var message = QuoteMessage.Post(quote, new MessageAuthor(actor.UserId, actor.Name, actor.IsStaff), command.Internal, command.Text!, files,
            clock.GetUtcNow().UtcDateTime);
        db.QuoteMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(message.Id);
    }
}
