namespace Portal.Application.Common.Events;

/// <summary>
/// Who the current unit of work acts for: a use case names its actor before it changes anything, and the audit rows
/// and mails its save writes name that person. Until one does, it is the portal itself (its timed jobs).
/// </summary>
/// <remarks>
/// The use case hands over the actor it was given and authorized, rather than a current user read from the request,
/// because jobs, the API and the demo seeder act without a signed-in request, and the use case's actor is the one it checked.
/// </remarks>
public sealed class Acting
{
    public Actor Actor { get; private set; } = Actor.System;

    /// <summary>Names the actor and answers it, to go on authorizing with it.</summary>
    public Actor As(Actor actor) => Actor = actor;
}
