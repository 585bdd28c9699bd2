using FluentValidation;
using Portal.Application.Quotes.Messages;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.PostMessage;

public sealed class PostMessageValidator : AbstractValidator<PostMessageCommand>
{
    public PostMessageValidator()
    {
        RuleFor(c => c.Text).NotEmpty().WithMessage("Write a message.")
            .MaximumLength(QuoteMessage.TextMaxLength)
            .WithMessage($"A message can hold {QuoteMessage.TextMaxLength:N0} characters; attach longer documents as a file.");
        RuleFor(c => c.Attachments).Custom((files, context) =>
        {
            if (files.Count > QuoteMessage.MaxAttachments)
            {
                context.AddFailure(nameof(PostMessageCommand.Attachments), $"Attach at most {QuoteMessage.MaxAttachments} files to one message.");
            }
            foreach (var problem in files.Select(ProblemOf).OfType<string>())
            {
                context.AddFailure(nameof(PostMessageCommand.Attachments), problem);
            }
        });
    }

    /// <summary>What is wrong with one file, in words its sender acts on; null when nothing is.</summary>
    private static string? ProblemOf(NewAttachment file) => file.Content.Length switch
    {
        0 => $"{file.FileName} is empty.",
        > QuoteMessageAttachment.MaxBytes => $"{file.FileName} is larger than {QuoteMessageAttachment.MaxBytes / (1024 * 1024)} MB; send a smaller file, or split it.",
        _ when AttachmentTypes.Of(file.Content) is null => $"{file.FileName} is not a {AttachmentTypes.Described} file (judged by its content, not its name).",
        _ => null,
    };
}
