using Portal.Application.Common;
using Portal.Domain.Auditing;
using Portal.Domain.Catalog;

namespace Portal.Application.Catalog;

/// <summary>An admin's changes to a product, its classification and its supply go to the audit log under the product's SKU.</summary>
public static class ProductAudit
{
    public const string EntityType = "Product";

    public static readonly AuditAction ProductChanged = AuditAction.StaffOnly("ProductChanged", "Product changed");
    public static readonly AuditAction ClassificationChanged = AuditAction.StaffOnly("ClassificationChanged", "Export classification changed");
    public static readonly AuditAction SupplyChanged = AuditAction.StaffOnly("SupplyChanged", "Supply changed");

    public static void Record(this IPortalDb db, DateTime now, Actor actor, Product product, AuditAction action, string? fromState, string? toState) =>
        db.AuditEvents.Add(new AuditEvent(now, actor.Name, EntityType, product.Sku, action, fromState, toState));
}
