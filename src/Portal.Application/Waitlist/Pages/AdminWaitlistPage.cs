using Portal.Application.Catalog.Browse;
using Portal.Domain.Common;

namespace Portal.Application.Waitlist.Pages;

/// <summary>The admins' waitlist page: the products with a line, the quarters to pick from, and the line shown.</summary>
public sealed record AdminWaitlistPage(IReadOnlyList<ProductCard> Products, IReadOnlyList<Quarter> Quarters, WaitlistLineView Line);
