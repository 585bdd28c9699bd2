using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Production;

/// <summary>
/// The data-protection keys in the database: encrypted with the certificate DataProtection:Certificate:Path names, and
/// the start-up log says whether they are (a warning in Production when they are not).
/// </summary>
public abstract class KeyProtectionTests(DatabaseKind database)
{
    private const string Password = "certificate-pass";

    [SkippableFact]
    public async Task WithACertificateTheKeysAreStoredEncryptedAndStillSignPeopleIn()
    {
        var folder = Directory.CreateTempSubdirectory("portal-cert-").FullName;
        var log = new ListLogger();
        using var portal = new PortalFactory(database.Create(), InProduction.Settings(new Dictionary<string, string>
        {
            ["DataProtection:Certificate:Path"] = SelfSignedCertificate(folder),
            ["DataProtection:Certificate:Password"] = Password,
        }), services => services.AddSingleton<ILoggerProvider>(new ListLoggerProvider(log)));

        using var buyer = await portal.SignedInAsync("buyer@helios.example");

        var keys = await portal.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("encryptedSecret", xml));
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("stored encrypted with the certificate", StringComparison.Ordinal));
        Directory.Delete(folder, recursive: true);
    }

    [SkippableFact]
    public async Task WithoutOneTheyAreStoredPlainAndTheLogWarns()
    {
        var log = new ListLogger();
        using var portal = new PortalFactory(database.Create(), InProduction.Settings(),
            services => services.AddSingleton<ILoggerProvider>(new ListLoggerProvider(log)));

        using var buyer = await portal.SignedInAsync("buyer@helios.example");

        var keys = await portal.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.All(keys, xml => Assert.DoesNotContain("encryptedSecret", xml));
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("stored unencrypted", StringComparison.Ordinal));
    }

    private static string SelfSignedCertificate(string folder)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Portal data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, "data-protection.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
        return path;
    }

    private sealed class ListLoggerProvider(ListLogger log) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => log;

        public void Dispose()
        {
        }
    }
}

public sealed class KeyProtectionOnSqlite() : KeyProtectionTests(DatabaseKind.Sqlite);

public sealed class KeyProtectionOnPostgreSql() : KeyProtectionTests(DatabaseKind.Postgres);
