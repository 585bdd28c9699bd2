using Portal.Domain.Common;

namespace Portal.Domain.Compliance;

/// <summary>
/// One name of an organization (its own, or one of its sites') screened against a version of the restricted-party
/// list: the candidates found at or above the threshold and their scores, and, for a possible match, what a compliance
/// officer decided and why.
/// </summary>
[ShownOn(ShownOn.OwnOrganization, Organization = nameof(OrganizationId))]
public sealed class Screening
{
    public const int NameMaxLength = 200;
    public const int NoteMaxLength = 1000;

    /// <summary>Why a review without a note is refused.</summary>
    public const string SayWhy = "Say why: the note is the evidence for the decision.";
    public const int ReviewerMaxLength = 256;

    private readonly List<ScreeningMatch> _matches = [];

    private Screening()
    {
        ScreenedName = string.Empty;
    }

    public Screening(int organizationId, int? siteId, string screenedName, ScreeningListVersion version, double threshold,
        IEnumerable<ScreeningMatch> matches, DateTime screenedAt)
        : this()
    {
        OrganizationId = organizationId;
        SiteId = siteId;
        ScreenedName = screenedName;
        ListVersionId = version.Id;
        Threshold = threshold;
        _matches.AddRange(matches);
        ScreenedAt = screenedAt;
        Outcome = _matches.Count == 0 ? ScreeningOutcome.Clear : ScreeningOutcome.PossibleMatch;
    }

    public int Id { get; private set; }
    public int OrganizationId { get; private set; }

    /// <summary>The site whose name was screened; null when it was the organization's own name.</summary>
    public int? SiteId { get; private set; }

    public string ScreenedName { get; private set; }
    public int ListVersionId { get; private set; }
    public double Threshold { get; private set; }
    public DateTime ScreenedAt { get; private set; }
    public IReadOnlyList<ScreeningMatch> Matches => _matches.AsReadOnly();
    public ScreeningOutcome Outcome { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public string? ReviewNote { get; private set; }

    public bool AwaitsReview => Outcome == ScreeningOutcome.PossibleMatch;

    /// <summary>The officer found the organization is not the listed party.</summary>
    public void Clear(string reviewer, string note, DateTime now) => Review(ScreeningOutcome.Cleared, reviewer, note, now);

    /// <summary>The officer found the organization is the listed party.</summary>
    public void Confirm(string reviewer, string note, DateTime now) => Review(ScreeningOutcome.Confirmed, reviewer, note, now);

    private void Review(ScreeningOutcome outcome, string reviewer, string note, DateTime now)
    {
        if (!AwaitsReview)
        {
            throw new DomainException($"This screening is {Outcome} and has no possible match awaiting review.");
        }
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException(SayWhy);
        }
        Outcome = outcome;
        ReviewedBy = reviewer;
        ReviewedAt = now;
        ReviewNote = note.Trim();
    }
}
