namespace Portal.Domain.Common;

/// <summary>Something that happened to an aggregate, recorded by the method that made it happen.</summary>
public interface IDomainEvent;
