using FluentValidation.Results;

namespace Portal.Application.Common;

public static class ValidationExtensions
{
    public static IEnumerable<FieldError> ToFieldErrors(this ValidationResult result) =>
        result.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage));
}
