using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Portal.Web.Common;

/// <summary>
/// The refusals of model binding (a value the portal cannot read into its field: "lots" for a number, an unknown choice)
/// in the portal's words, as the validators' are, instead of the framework's "The value 'lots' is not valid for ...".
/// </summary>
public static class BindingMessages
{
    private const string CheckIt = "check what you typed.";

    public static void Speak(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"{field} cannot be “{value}”: {CheckIt}");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"This field cannot be “{value}”: {CheckIt}");
        messages.SetUnknownValueIsInvalidAccessor(field => $"{field} cannot be read: {CheckIt}");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => $"This field cannot be read: {CheckIt}");
        messages.SetValueIsInvalidAccessor(value => $"This field cannot be “{value}”: {CheckIt}");
        messages.SetValueMustBeANumberAccessor(field => $"{field} takes a number.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "This field takes a number.");
        messages.SetValueMustNotBeNullAccessor(_ => "Fill in this field.");
        messages.SetMissingBindRequiredValueAccessor(field => $"{field} is required.");
        messages.SetMissingKeyOrValueAccessor(() => "Fill in this field.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "The request needs a body.");
    }
}
