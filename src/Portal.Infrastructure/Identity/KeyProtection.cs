using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// How the data-protection keys (which sign the cookies, antiforgery tokens and mailed links) are kept in the
/// database, shared by every instance: encrypted with the certificate <see cref="PathSetting"/> names (a PKCS#12 file,
/// its password in <see cref="PasswordSetting"/>, from the environment), or else as plain XML that anyone who reads
/// the database or a backup of it could use to forge a sign-in.
/// </summary>
public sealed record KeyProtection(string? CertificateThumbprint, bool InProduction)
{
    public const string PathSetting = "DataProtection:Certificate:Path";

    public const string PasswordSetting = "DataProtection:Certificate:Password";

    public static KeyProtection Configure(IDataProtectionBuilder keys, IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration[PathSetting] is not { Length: > 0 } path)
        {
            return new KeyProtection(null, environment.IsProduction());
        }
        if (!File.Exists(path))
        {
            throw new StartRefused($"{PathSetting} names '{path}', which is not a file the portal can read.");
        }
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[PasswordSetting], X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
        {
            throw new StartRefused($"The certificate {PathSetting} names has no private key: the keys could be encrypted but never read back.");
        }
        keys.ProtectKeysWithCertificate(certificate);
        return new KeyProtection(certificate.Thumbprint, environment.IsProduction());
    }

    /// <summary>Says in the start-up log whether the keys are encrypted; a warning in Production when they are not.</summary>
    public void Report(ILogger logger)
    {
        if (CertificateThumbprint is { } thumbprint)
        {
            logger.LogInformation("Data-protection keys are stored encrypted with the certificate {Thumbprint} ({Setting}).", thumbprint, PathSetting);
            return;
        }
        logger.Log(InProduction ? LogLevel.Warning : LogLevel.Information,
            "Data-protection keys are stored unencrypted in the database: set {Setting} (and {PasswordSetting}) to encrypt them with a certificate.",
            PathSetting, PasswordSetting);
    }
}
