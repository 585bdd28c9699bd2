using FluentValidation;
using Portal.Domain.Api;

namespace Portal.Application.Api.CreateApiKey;

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyValidator() =>
        RuleFor(c => c.Name).Must(name => !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= ApiKey.NameMaxLength)
            .WithMessage($"Name the key (at most {ApiKey.NameMaxLength} characters), say after the system that uses it.");
}
