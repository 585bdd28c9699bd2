namespace Portal.Application.Common;

/// <summary>The thing asked for does not exist, or belongs to someone the actor may not see; both answer 404.</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");
