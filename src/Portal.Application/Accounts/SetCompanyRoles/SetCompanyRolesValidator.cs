using FluentValidation;

namespace Portal.Application.Accounts.SetCompanyRoles;

public sealed class SetCompanyRolesValidator : AbstractValidator<SetCompanyRolesCommand>
{
    /// <summary>The largest approval limit that can be typed (a billion in the vendor's currency); leave it empty for no limit.</summary>
    public const decimal LargestLimit = 1_000_000_000m;

    public SetCompanyRolesValidator()
    {
        RuleFor(c => c.ApprovalLimit)
            .Must(limit => limit is null || (limit >= 0m && limit <= LargestLimit && decimal.Round(limit.Value, 2) == limit))
            .WithMessage($"Give an approval limit from 0 to {LargestLimit:N0}, with at most two decimals, or leave it empty for no limit.");
    }
}
