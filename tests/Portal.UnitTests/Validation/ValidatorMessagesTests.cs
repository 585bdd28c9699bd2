using System.Reflection;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Portal.Application.Configurations;
using Portal.Application.Configurations.Rules;
using Portal.Application.Quotes.Submit;
using Portal.Domain.Pricing;
using Portal.UnitTests.Builders;

namespace Portal.UnitTests.Validation;

/// <summary>
/// Every rule of every validator says its refusal in the portal's words: none falls back to FluentValidation's default
/// message ("'Work email' must not be empty.", "'Units' must be between 0 and 10000. You entered -1.").
/// </summary>
public sealed class ValidatorMessagesTests
{
    private static readonly Assembly Application = typeof(SubmissionRules).Assembly;

    public static TheoryData<Type> Validators => new(Application.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t)));

    [Theory]
    [MemberData(nameof(Validators))]
    public void EveryRuleHasAMessageOfItsOwn(Type validatorType)
    {
        var validator = (IEnumerable<IValidationRule>)Create(validatorType);

        var defaults = validator
            .SelectMany(rule => rule.Components.Select(component => (rule, component)))
            .Where(pair => !SaysItsOwn(pair.component))
            .Select(pair => $"{pair.rule.PropertyName}: {pair.component.Validator.Name} ({pair.component.GetUnformattedErrorMessage()})")
            .ToList();

        Assert.True(defaults.Count == 0, $"{validatorType.Name} falls back to FluentValidation's default message for {string.Join(", ", defaults)}.");
    }

    [Fact]
    public void TheCheckFindsARuleWithoutAMessageAndPassesOneWithIt()
    {
        var rules = new InlineValidator<string>();
        rules.RuleFor(s => s.Length).GreaterThan(0);
        rules.RuleFor(s => s).Must(s => s.Length > 0);
        rules.RuleFor(s => s.Length).GreaterThan(0).WithMessage("Type something.");
        rules.RuleFor(s => s).Must(s => s.Length > 0).WithMessage(s => $"Type more than {s}.");
        rules.RuleFor(s => s).Custom((s, context) => context.AddFailure("Type something."));

        var judged = ((IEnumerable<IValidationRule>)rules).Select(rule => SaysItsOwn(rule.Components.Single()));

        Assert.Equal([false, false, true, true, true], judged);
    }

    /// <summary>
    /// A component with a message set (a text or one made from the instance); a child validator, an included one or a
    /// custom step is judged by its own rules or adds its failures with their messages.
    /// </summary>
    private static bool SaysItsOwn(IRuleComponent component) =>
        component.Validator is IChildValidatorAdaptor || IsCustomStep(component) || HasMessageFactory(component)
        || component.GetUnformattedErrorMessage() != ValidatorOptions.Global.LanguageManager.GetString(component.Validator.Name);

    /// <summary><c>Custom(...)</c> is a predicate that always holds, made inside FluentValidation's <c>Custom</c>; its step adds failures with their own messages.</summary>
    private static bool IsCustomStep(IRuleComponent component) =>
        component.Validator.GetType().GetField("_predicate", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(component.Validator) is Delegate predicate
        && predicate.Method.Name.Contains("<Custom>", StringComparison.Ordinal);

    /// <summary>A message made from the instance (<c>WithMessage(x => ...)</c>) is kept as a delegate the component does not show.</summary>
    private static bool HasMessageFactory(IRuleComponent component)
    {
        for (var type = component.GetType(); type is not null; type = type.BaseType)
        {
            var factories = type.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(f => typeof(Delegate).IsAssignableFrom(f.FieldType) && f.Name.Contains("essage", StringComparison.Ordinal));
            if (factories.Any(f => f.GetValue(component) is not null))
            {
                return true;
            }
        }
        return false;
    }

    private static object Create(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.Invoke(constructor.GetParameters().Select(p => Argument(p.ParameterType)).ToArray());
    }

    private static object Argument(Type type) => type switch
    {
        _ when type == typeof(TimeProvider) => TimeProvider.System,
        _ when type == typeof(string) => "units",
        _ when type == typeof(ConfigurationPolicy) => new ConfigurationPolicy(16, new VolumeDiscountSchedule([])),
        _ when type == typeof(RuleBook) => Checks.Rules,
        _ when type == typeof(QuoteLineRules) => new QuoteLineRules(new ConfigurationRules(Checks.Rules)),
        _ => throw new InvalidOperationException($"No test value for a validator's {type.Name}."),
    };
}
