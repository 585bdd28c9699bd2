using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Application.Common;

namespace Portal.Web.Common;

public static class ResultExtensions
{
    /// <summary>Copies a use case's field messages into ModelState, under the form's prefix.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IEnumerable<FieldError> errors, string prefix = "")
    {
        foreach (var error in errors)
        {
            var key = string.IsNullOrEmpty(error.Field) || string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}";
            modelState.AddModelError(key, error.Message);
        }
    }
}
