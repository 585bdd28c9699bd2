using Portal.Domain.Common;

namespace Portal.Domain.Auditing;

/// <summary>Who did what to which entity, when, from which state to which, and why.</summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class AuditEvent
{
    public const int ActorMaxLength = 256;
    public const int EntityTypeMaxLength = 60;
    /// <summary>Long enough for the longest e-mail address a person's account may have (the id of the rows about users).</summary>
    public const int EntityIdMaxLength = 256;
    public const int ActionMaxLength = 60;
    public const int StateMaxLength = 2000;
    public const int ReasonMaxLength = 2000;

    private AuditEvent()
    {
        Actor = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
        Action = string.Empty;
    }

    /// <summary>A row of something only staff read (an organization's, a product's, a key's): the customer's timeline never shows it.</summary>
    public AuditEvent(DateTime occurredUtc, string actor, string entityType, string entityId, string action,
        string? fromState = null, string? toState = null, string? reason = null)
        : this(occurredUtc, actor, entityType, entityId, AuditAction.StaffOnly(action), fromState, toState, reason)
    {
    }

    public AuditEvent(DateTime occurredUtc, string actor, string entityType, string entityId, AuditAction action,
        string? fromState = null, string? toState = null, string? reason = null)
    {
        OccurredUtc = occurredUtc;
        Actor = Truncate(actor, ActorMaxLength)!;
        EntityType = entityType;
        EntityId = entityId;
        Action = action.Name;
        ShownToCustomer = action.ShownToCustomer;
        FromState = Truncate(fromState, StateMaxLength);
        ToState = Truncate(toState, StateMaxLength);
        Reason = Truncate(reason, ReasonMaxLength);
    }

    public long Id { get; private set; }
    public DateTime OccurredUtc { get; private set; }
    public string Actor { get; private set; }
    public string EntityType { get; private set; }
    public string EntityId { get; private set; }
    public string Action { get; private set; }

    /// <summary>Whether the customer's timeline of the entity shows the row; the vendor's own steps it does not.</summary>
    public bool ShownToCustomer { get; private set; }
    public string? FromState { get; private set; }
    public string? ToState { get; private set; }
    public string? Reason { get; private set; }

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
