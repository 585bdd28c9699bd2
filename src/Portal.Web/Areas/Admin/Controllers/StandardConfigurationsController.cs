using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Configurations.Pages;
using Portal.Application.Configurations.Standard.RetireStandardConfiguration;
using Portal.Application.Configurations.Standard.SaveStandardConfiguration;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Admin.Controllers;

/// <summary>The rack configurations customers may start from: listed, created, changed and retired by admins.</summary>
[Area("Admin")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class StandardConfigurationsController(StandardConfigurationsPageQuery page) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await page.ListAsync(cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => await FormAsync(null, null, cancellationToken);

    [HttpPost]
    public Task<IActionResult> Create([Bind(Prefix = "Form")] StandardConfigurationForm form, [FromServices] SaveStandardConfigurationHandler save,
        CancellationToken cancellationToken) => SaveAsync(null, form, save, cancellationToken);

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) => await FormAsync(id, null, cancellationToken);

    [HttpPost]
    public Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] StandardConfigurationForm form, [FromServices] SaveStandardConfigurationHandler save,
        CancellationToken cancellationToken) => SaveAsync(id, form, save, cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Retire(int id, [FromServices] RetireStandardConfigurationHandler retire, CancellationToken cancellationToken) =>
        await this.AnswerStepAsync(() => retire.HandleAsync(id, User.ToActor(), cancellationToken),
            "Standard configuration retired: customers are no longer offered it.", RedirectToAction(nameof(Index)));

    private async Task<IActionResult> SaveAsync(int? id, StandardConfigurationForm form, SaveStandardConfigurationHandler save, CancellationToken cancellationToken) =>
        await this.AnswerAsync(await save.HandleAsync(form.ToCommand(id), User.ToActor(), cancellationToken), "Form",
            "Standard configuration saved.", RedirectToAction(nameof(Index)), () => FormAsync(id, form, cancellationToken));

    private async Task<IActionResult> FormAsync(int? id, StandardConfigurationForm? form, CancellationToken cancellationToken)
    {
        var edit = await page.EditAsync(id, cancellationToken);
        return View("Edit", new StandardConfigurationPage(id, (form ?? StandardConfigurationForm.From(edit.Existing)).WithBlankRows(), edit));
    }
}
