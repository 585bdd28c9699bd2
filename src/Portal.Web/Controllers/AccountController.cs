using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Application.Accounts;
using Portal.Application.Accounts.Invitations;
using Portal.Application.Accounts.ForgotPassword;
using Portal.Application.Accounts.ResetPassword;
using Portal.Application.Organizations.RegisterCompany;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Controllers;

[AllowAnonymous]
public sealed class AccountController(IPortalSignIn signIn, UserManager<PortalUser> users) : Controller
{
    /// <summary>The one answer to every refused sign-in: the owner of the address learns the real reason by mail.</summary>
    public const string SignInRefused =
        "The email or password is not right. If you are sure they are, look in your mail: we wrote to you why you cannot sign in now.";

    [HttpGet]
    public IActionResult Register() => View(new RegisterForm());

    [HttpPost]
    [EnableRateLimiting(RateLimits.RegistrationPolicy)]
    public async Task<IActionResult> Register(RegisterForm form, [FromServices] RegisterCompanyHandler handler)
    {
        var result = await handler.HandleAsync(
            new RegisterCompanyCommand(form.CompanyName, form.CountryCode, form.FullName, form.Email, form.Password,
                form.Street, form.PostalCode, form.City, form.Region, form.TaxId));
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            return View(form);
        }
        return View("Registered", form.Email);
    }

    [HttpGet]
    public IActionResult Login(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [HttpPost]
    [EnableRateLimiting(RateLimits.SignInPolicy)]
    public async Task<IActionResult> Login(SignInForm form)
    {
        if (await signIn.SignInWithPasswordAsync(form.Email ?? string.Empty, form.Password ?? string.Empty, form.RememberMe))
        {
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        }
        ModelState.AddModelError(string.Empty, SignInRefused);
        form.Password = string.Empty;
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.EndSessionAsync();
        return RedirectToAction("Index", "Home");
    }

    [HttpGet]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? token)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        var confirmed = user is not null && token is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
        return View(confirmed);
    }

    [HttpGet]
    public IActionResult ForgotPassword() => View(new ForgotPasswordForm());

    [HttpPost]
    [EnableRateLimiting(RateLimits.RegistrationPolicy)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form, [FromServices] ForgotPasswordHandler handler)
    {
        if (string.IsNullOrWhiteSpace(form.Email))
        {
            ModelState.AddModelError(nameof(form.Email), "Enter the email you sign in with.");
            return View(form);
        }
        await handler.HandleAsync(form.Email.Trim(), HttpContext.RequestAborted);
        return View("ForgotPasswordSent");
    }

    [HttpGet]
    public IActionResult ResetPassword(string? email, string? token) =>
        View(new ResetPasswordForm { Email = email ?? string.Empty, Token = token ?? string.Empty });

    [HttpPost]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, [FromServices] ResetPasswordHandler handler)
    {
        var result = await handler.HandleAsync(new ResetPasswordCommand(form.Email, form.Token, form.Password));
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            return View(form);
        }
        TempData["Notice"] = "Your password was changed. Sign in with the new one.";
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult AcceptInvitation(string? userId, string? token) =>
        View(new AcceptInvitationForm { UserId = userId ?? string.Empty, Token = token ?? string.Empty });

    [HttpPost]
    public async Task<IActionResult> AcceptInvitation(AcceptInvitationForm form, [FromServices] AcceptInvitationHandler handler)
    {
        var result = await handler.HandleAsync(new AcceptInvitationCommand(form.UserId, form.Token, form.Password));
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            return View(form);
        }
        TempData["Notice"] = "Welcome! Your password is set; sign in to continue.";
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult AccessDenied() => View();
}
