using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Compliance;
using Portal.Application.Compliance.Rules;
using Portal.Application.Compliance.Rules.AddDestinationRule;
using Portal.Application.Compliance.Rules.WithdrawDestinationRule;
using Portal.Domain.Compliance;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Admin.Controllers;

/// <summary>The export rules by destination: admins read them, try them on a shipment, add a rule or withdraw one not yet in effect.</summary>
[Area("Admin")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class DestinationRulesController(
    DestinationRuleQueries rules, ComplianceData data, TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([Bind(Prefix = "Check")] DestinationCheckForm check) =>
        View(await PageAsync(NewRule(), check));

    [HttpPost]
    public async Task<IActionResult> Add([Bind(Prefix = "NewRule")] DestinationRuleForm form, [FromServices] AddDestinationRuleHandler add,
        CancellationToken cancellationToken)
    {
        var again = async () => (IActionResult)View(nameof(Index), await PageAsync(form, new DestinationCheckForm()));
        if (!ModelState.IsValid)
        {
            return await again();
        }
        return await this.AnswerAsync(await add.HandleAsync(form.ToCommand(), User.ToActor(), cancellationToken), "NewRule", "Rule added.",
            RedirectToAction(nameof(Index)), again);
    }

    [HttpPost]
    public async Task<IActionResult> Withdraw(int id, [FromServices] WithdrawDestinationRuleHandler withdraw, CancellationToken cancellationToken) =>
        await this.AnswerAsync(await withdraw.HandleAsync(new WithdrawDestinationRuleCommand(id), User.ToActor(), cancellationToken), "", "Rule withdrawn.",
            RedirectToAction(nameof(Index)), async () => View(nameof(Index), await PageAsync(NewRule(), new DestinationCheckForm())));

    private DestinationRuleForm NewRule() => new() { EffectiveFrom = clock.GetUtcNow().UtcDateTime.Date, CountryCode = DestinationRule.AnyCountry };

    private async Task<DestinationRulesPage> PageAsync(DestinationRuleForm rule, DestinationCheckForm check)
    {
        DestinationCheck? answer = null;
        if (check.Country is not null || check.Classification is not null)
        {
            if (check.Country is null || !Countries.IsKnown(check.Country))
            {
                ModelState.AddModelError("Check.Country", "Choose a country.");
            }
            if (!ExportClassification.IsValid(check.Classification))
            {
                ModelState.AddModelError("Check.Classification", $"Classification is {ExportClassification.Format}.");
            }
            if (ModelState.IsValid)
            {
                answer = await rules.CheckAsync(check.Country!, check.Classification!, check.On ?? clock.GetUtcNow().UtcDateTime);
            }
        }
        return new DestinationRulesPage(await rules.ListAsync(), rule, check, answer, data.Illustrative);
    }
}
