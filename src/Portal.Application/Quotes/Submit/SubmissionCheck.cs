using FluentValidation;
using Portal.Application.Common;
using Portal.Application.Compliance.Exports;
using Portal.Domain.Compliance;

namespace Portal.Application.Quotes.Submit;

/// <summary>
/// Everything a request must pass before it goes to sales, however it got there (a draft submitted, a waitlist offer
/// accepted): the submission rules (the company's standing, site, quarter, lead times, every line), then the export
/// rules, of which a prohibited destination stops it.
/// </summary>
public sealed class SubmissionCheck(IValidator<Submission> rules, ExportChecker exports)
{
    /// <summary>The one way a request goes to sales: submitted when it passes every check; otherwise left as it was, with the refusals.</summary>
    public async Task<IReadOnlyList<FieldError>> SubmitAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        var refusals = await RefusalsAsync(submission, cancellationToken);
        if (refusals.Count == 0)
        {
            Submit(submission);
        }
        return refusals;
    }

    private static void Submit(Submission submission)
    {
        if (submission.FromOffer is var (product, units, quarter))
        {
            submission.Quote.SubmitFromOffer(product, units, quarter, submission.Now);
        }
        else
        {
            submission.Quote.Submit(submission.Now);
        }
    }

    public async Task<IReadOnlyList<FieldError>> RefusalsAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        var validation = await rules.ValidateAsync(submission, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToFieldErrors().ToList();
        }
        var destinations = await exports.DestinationsAsync(submission.Quote, submission.Site!, submission.Now, cancellationToken);
        return destinations.FirstOrDefault(c => c.Verdict == DestinationVerdict.Prohibited) is { } prohibited
            ? [new FieldError("SiteId", $"Products classified {prohibited.Classification} cannot be shipped to {Countries.NameOf(prohibited.CountryCode)}: export rules prohibit it. Choose another site or remove them.")]
            : [];
    }
}
