using FluentValidation;
using Portal.Application.Accounts.SetCompanyRoles;

namespace Portal.Application.Quotes.SetBuyerApprovalRule;

public sealed class SetBuyerApprovalRuleValidator : AbstractValidator<SetBuyerApprovalRuleCommand>
{
    public SetBuyerApprovalRuleValidator()
    {
        RuleFor(c => c.LimitsAbove).Must(BeAnAmount)
            .WithMessage($"Give an amount from 0 to {SetCompanyRolesValidator.LargestLimit:N0}, with at most two decimals, or leave it empty for 0.");
        RuleFor(c => c.SecondApprovalAbove).Must(BeAnAmount)
            .WithMessage($"Give an amount up to {SetCompanyRolesValidator.LargestLimit:N0}, with at most two decimals, or leave it empty for never.")
            .Must((c, second) => second is null || second > (c.LimitsAbove ?? 0m))
            .WithMessage("Two approvers are needed above a larger amount than the one where limits apply: make it higher, or leave it empty.");
    }

    private static bool BeAnAmount(decimal? amount) =>
        amount is null || (amount >= 0m && amount <= SetCompanyRolesValidator.LargestLimit && decimal.Round(amount.Value, 2) == amount);
}
