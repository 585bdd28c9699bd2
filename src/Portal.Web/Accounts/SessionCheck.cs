using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Portal.Application.Accounts;
using Portal.Application.Common;

namespace Portal.Web.Accounts;

/// <summary>
/// Checks the sign-in cookie on every request (a page view, or a post that changes nothing, see
/// <see cref="ChangesNothingAttribute"/>, may take a finding of a moment ago, see
/// <see cref="IPortalSignIn.IsSessionCurrentAsync"/>): a session whose user signed out, reset the password or was
/// suspended ends there (pages send the visitor to sign in); a current one goes on to Identity's periodic claims
/// refresh. While the database cannot be reached the session cannot be checked: the request goes on with it and fails
/// at its first query like any other (the friendly 503, whose page the same request shows), since nothing is served
/// from the database meanwhile. The result is kept for the whole request, so failing here would fail the error page too.
/// </summary>
public static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var (signIn, outage) = (context.HttpContext.RequestServices.GetRequiredService<IPortalSignIn>(),
            context.HttpContext.RequestServices.GetRequiredService<IDatabaseOutage>());
        bool current;
        try
        {
            var pageView = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                || context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ChangesNothingAttribute>() is not null;
            current = context.Principal is not null && await signIn.IsSessionCurrentAsync(context.Principal, pageView);
        }
        catch (Exception failure) when (outage.Caused(failure))
        {
            return;
        }
        if (!current)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
