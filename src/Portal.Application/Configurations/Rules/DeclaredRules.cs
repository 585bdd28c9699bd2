using FluentValidation;
using FluentValidation.Results;

namespace Portal.Application.Configurations.Rules;

/// <summary>The rule book's broken rules as validation failures, each carrying its <see cref="BrokenRule"/> (and its fix) as state.</summary>
internal sealed class DeclaredRules : AbstractValidator<ConfigurationCheck>
{
    public DeclaredRules(RuleBook book)
    {
        RuleFor(c => c).Custom((check, context) =>
        {
            foreach (var broken in book.Check(check))
            {
                context.AddFailure(new ValidationFailure(broken.Field, broken.Message) { CustomState = broken });
            }
        });
    }
}
