using FluentValidation;
using Portal.Application.Quotes.Messages;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.PostMessage;

public sealed class PostMessageValidator : AbstractValidator<PostMessageCommand>
{
    public const string TooLarge = "is larger than 10 MB; send a smaller file, or split it.";

    public PostMessageValidator()
    {
        RuleFor(c => c.Text).NotEmpty().WithMessage("Write a message.")
            .MaximumLength(QuoteMessage.TextMaxLength)
            .WithMessage($"A message can hold {QuoteMessage.TextMaxLength:N0} characters; attach longer documents as a file.");
        RuleFor(c => c.Attachments.Count).LessThanOrEqualTo(QuoteMessage.MaxAttachments)
            .WithMessage($"Attach at most {QuoteMessage.MaxAttachments} files to one message.")
            .OverridePropertyName(nameof(PostMessageCommand.Attachments));
        RuleForEach(c => c.Attachments).ChildRules(file =>
            {
                file.RuleFor(f => f.Content.Length).GreaterThan(0).WithMessage(f => $"{f.FileName} is empty.");
                file.RuleFor(f => f.Content.Length).LessThanOrEqualTo(QuoteMessageAttachment.MaxBytes)
                    .WithMessage(f => $"{f.FileName} {TooLarge}");
                file.RuleFor(f => f.Content).Must(content => content.Length == 0 || AttachmentTypes.Of(content) is not null)
                    .WithMessage(f => $"{f.FileName} is not a {AttachmentTypes.Described} file (judged by its content, not its name).");
            })
            .OverridePropertyName(nameof(PostMessageCommand.Attachments));
    }
}
