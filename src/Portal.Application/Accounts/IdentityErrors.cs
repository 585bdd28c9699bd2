using Microsoft.AspNetCore.Identity;
using Portal.Application.Common;

namespace Portal.Application.Accounts;

internal static class IdentityErrors
{
    public static IEnumerable<FieldError> ToFieldErrors(this IdentityResult result, string field) =>
        result.Errors.Select(e => new FieldError(field, e.Description));
}
