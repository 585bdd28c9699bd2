using FluentValidation;
using Portal.Application.Common;
using Portal.Application.Configurations.Rules;
using Portal.Domain.Organizations;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Submit;

/// <summary>What must hold before a request goes to sales; each configuration is judged again, now against the site.</summary>
public sealed class SubmissionRules : AbstractValidator<Submission>
{
    public SubmissionRules(QuoteLineRules lineRules)
    {
        RuleFor(s => s.Organization).Must(o => o.CanSubmitQuotes).OverridePropertyName("")
            .WithMessage(s => $"{OrderingRefusal.Of(s.Organization, "submit")} Your draft is kept.");
        RuleFor(s => s.Quote).Must(q => !q.IsEmpty).OverridePropertyName("")
            .WithMessage("Add at least one rack configuration or product before submitting.");
        RuleFor(s => s.Site).NotNull().OverridePropertyName("SiteId").WithMessage("Choose the site the racks go to.");
        RuleFor(s => s.Quote.RequestedQuarter).NotNull().OverridePropertyName("RequestedQuarter").WithMessage("Choose a delivery quarter.");
        RuleFor(s => s).Must(s => s.Quote.RequestedQuarter is not { } q || q >= s.CurrentQuarter).OverridePropertyName("RequestedQuarter")
            .WithMessage("The delivery quarter is in the past; choose a later one.");
        RuleFor(s => s).Must(s => s.Quote.RequestedQuarter is not { } q || q >= s.EarliestDelivery).OverridePropertyName("RequestedQuarter")
            .WithMessage(s => $"The lead times of these products allow delivery from {s.EarliestDelivery} at the earliest.");
        RuleFor(s => s).Custom((submission, context) =>
        {
            foreach (var failure in lineRules.Check(submission))
            {
                context.AddFailure(failure.Field, failure.Message);
            }
        });
    }
}

/// <summary>
/// What each line of a quote must satisfy, at submission and again whenever sales changes the lines: every rack
/// configuration passes the configuration rules at the quote's site, every loose product is orderable in its quantity,
/// and the whole request keeps within <see cref="RequestLimits"/>.
/// </summary>
public sealed class QuoteLineRules(ConfigurationRules configurationRules)
{
    public IEnumerable<FieldError> Check(Submission submission)
    {
        foreach (var (index, check) in submission.Configurations)
        {
            foreach (var failure in configurationRules.Validate(check).Errors)
            {
                yield return new FieldError($"Configurations[{index}]", failure.ErrorMessage);
            }
        }
        foreach (var (line, index) in submission.Quote.Products.Select((p, i) => (p, i)))
        {
            if (!line.Product!.IsOrderable || line.Quantity > line.Product.MaxQuantityPerOrder)
            {
                yield return new FieldError($"Products[{index}]", $"{line.Product.Name} cannot be ordered in this quantity now; remove or change the line.");
            }
        }
        foreach (var refusal in RequestLimits.Refusals(submission.Quote))
        {
            yield return new FieldError("", refusal);
        }
    }
}
