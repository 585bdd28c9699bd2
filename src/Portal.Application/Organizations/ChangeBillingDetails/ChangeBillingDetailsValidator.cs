using FluentValidation;

namespace Portal.Application.Organizations.ChangeBillingDetails;

public sealed class ChangeBillingDetailsValidator : AbstractValidator<ChangeBillingDetailsCommand>
{
    public ChangeBillingDetailsValidator() => RuleFor(c => c.TaxId).TaxIdOf(c => c.CountryCode);
}
