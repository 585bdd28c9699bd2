using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Quotes.Pages;
using Portal.Application.Quotes.SetBuyerApprovalRule;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

/// <summary>The company's approval rule: its administrator reads and sets it (linked from the Colleagues page).</summary>
[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
[CompanyRole(CompanyRoles.Administrator)]
public sealed class ApprovalRuleController(BuyerApprovalRulePageQuery rules) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() => View(await PageAsync(null));

    [HttpPost]
    public async Task<IActionResult> Index([Bind(Prefix = "Rule")] ApprovalRuleForm form, [FromServices] SetBuyerApprovalRuleHandler set)
    {
        if (!ModelState.IsValid)
        {
            // An amount that does not even bind (letters) is answered before the use case runs.
            return View(await PageAsync(form));
        }
        return await this.AnswerAsync(await set.HandleAsync(form.ToCommand(), User.ToActor()), "Rule", "Approval rule saved.",
            RedirectToAction(nameof(Index)), async () => View(await PageAsync(form)));
    }

    private async Task<ApprovalRuleView> PageAsync(ApprovalRuleForm? form)
    {
        var page = await rules.GetAsync(User.ToActor());
        return new ApprovalRuleView(page, form ?? new ApprovalRuleForm { LimitsAbove = page.LimitsAbove, SecondApprovalAbove = page.SecondApprovalAbove });
    }
}

public sealed record ApprovalRuleView(BuyerApprovalRulePage Page, ApprovalRuleForm Rule);

/// <summary>The rule's two amounts as the administrator types them, in the vendor's currency.</summary>
public sealed class ApprovalRuleForm
{
    [Display(Name = "Approvers' limits apply above")]
    public decimal? LimitsAbove { get; set; }

    [Display(Name = "Two approvers are needed above")]
    public decimal? SecondApprovalAbove { get; set; }

    public SetBuyerApprovalRuleCommand ToCommand() => new(LimitsAbove, SecondApprovalAbove);
}
