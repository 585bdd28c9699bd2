using System.ComponentModel.DataAnnotations;
using Portal.Application.Sites.Save;
using Portal.Domain.Organizations;

namespace Portal.Web.Areas.Customer;

public sealed class SiteForm
{
    public int? Id { get; set; }
    [Display(Name = "Site name")] public string Name { get; set; } = string.Empty;
    public string City { get; set; } = string.Empty;
    [Display(Name = "Country")] public string CountryCode { get; set; } = string.Empty;
    [Display(Name = "Power available (kW)")] public int? PowerAvailableKw { get; set; }
    public CoolingType Cooling { get; set; }

    public SaveSiteCommand ToCommand() => new(Id, Name, City, CountryCode, PowerAvailableKw ?? 0, Cooling);

    public static SiteForm From(Site site) => new()
    {
        Id = site.Id,
        Name = site.Name,
        City = site.City,
        CountryCode = site.CountryCode,
        PowerAvailableKw = site.PowerAvailableKw,
        Cooling = site.Cooling,
    };
}
