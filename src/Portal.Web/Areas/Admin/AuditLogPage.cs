using Microsoft.AspNetCore.Mvc;
using Portal.Application.Auditing;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Configurations.Standard;
using Portal.Application.Organizations;
using Portal.Application.Payments;
using Portal.Application.Quotes;
using Portal.Web.Common;

namespace Portal.Web.Areas.Admin;

/// <summary>A row of the audit log with the page of what it is about, where it has one (a quote staff can open, a deposit, a company, a product, a standard configuration).</summary>
public sealed record AuditLogRow(AuditRow Row, string? Page);

/// <summary>The admin's audit log: the kind of thing it is filtered on, every kind the log holds as options, and a page of rows with their links.</summary>
public sealed record AuditLogPage(FilteredList<string?, AuditLogRow> List)
{
    public static AuditLogPage Of(string? entityType, IReadOnlyList<string> entityTypes, Page<AuditRow> rows, IUrlHelper url) =>
        new(new FilteredList<string?, AuditLogRow>(entityType, Choices.Of(entityTypes, entityType, type => type, AuditWords.Entity),
            new Page<AuditLogRow>(rows.Items.Select(row => new AuditLogRow(row, PageOf(row, url))).ToList(), rows.PageNumber, rows.PageSize, rows.TotalCount)));

    private static string? PageOf(AuditRow row, IUrlHelper url) => row.EntityType switch
    {
        QuoteAudit.EntityType when row.QuoteIsWithTheVendor => url.Action("Details", "Quotes", new { area = "Staff", id = row.EntityId }),
        DepositAudit.EntityType when row.DepositId is { } deposit => url.Action("Details", "Deposits", new { area = "Staff", id = deposit }),
        OrganizationAudit.EntityType => url.Action("Details", "Organizations", new { area = "Staff", id = row.EntityId }),
        ProductAudit.EntityType => url.Action("Edit", "Products", new { area = "Admin", id = row.EntityId }),
        StandardConfigurationAudit.EntityType => url.Action("Edit", "StandardConfigurations", new { area = "Admin", id = row.EntityId }),
        _ => null,
    };
}
