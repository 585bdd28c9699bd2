using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Application.Accounts;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// A password hash nobody knows the password of, made once per portal with its own hasher settings: a sign-in for an
/// unknown address checks it, so that it takes as long as one for an address that has an account.
/// </summary>
public sealed class UnknownAddressPassword(IOptions<PasswordHasherOptions> options)
{
    private readonly PasswordHasher<PortalUser> _hasher = new(options);
    private readonly PortalUser _nobody = new();
    private string? _hash;

    public void Check(string password)
    {
        _hash ??= _hasher.HashPassword(_nobody, Guid.NewGuid().ToString());
        _hasher.VerifyHashedPassword(_nobody, _hash, password);
    }
}
