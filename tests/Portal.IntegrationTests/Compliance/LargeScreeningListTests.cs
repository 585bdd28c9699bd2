using System.Globalization;
using System.Net;
using Portal.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Compliance;

/// <summary>
/// A list file of 200,000 parties (about 30 MB) loaded into the portal running as a process of its own: read row by row
/// and written in batches, it is staged with the process's resident memory growing by less than a bound (a file held
/// whole, with its parties, grew it by over a gigabyte at 458,000 rows), and the page counts every party it adds.
/// </summary>
public abstract class LargeScreeningListTests(DatabaseKind database, ITestOutputHelper output)
{
    private const int Rows = 200_000;
    private const long GrowthBound = 150L * 1024 * 1024;

    [SkippableFact]
    public async Task ALargeListFileIsStagedWithinAMemoryBound()
    {
        TestEnvironment.Require(OperatingSystem.IsLinux(), "Linux's /proc, to read the portal's memory");
        using var db = database.Create();
        using var portal = PortalProcess.WithDemo(db);
        using var admin = portal.NewClient();
        admin.Http.Timeout = TimeSpan.FromMinutes(5);
        await admin.SignInAsync("admin@northwind.example");
        var file = Path.GetTempFileName();
        try
        {
            await WriteListAsync(file);
            var memory = new ResidentMemory(portal.Id);
            using var form = new MultipartFormDataContent
            {
                { new StringContent(await admin.AntiforgeryTokenAsync("/Compliance/Screenings")), "__RequestVerificationToken" },
                { new StreamContent(File.OpenRead(file)), "file", "large.csv" },
            };
            var before = memory.Now;
            memory.ResetPeak();

            var staged = await PortalClient.Page.ReadAsync(await admin.Http.PostAsync("/Compliance/Screenings/Upload", form));
            var growth = memory.Peak - before;

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{database.Provider}: {new FileInfo(file).Length / 1e6:F1} MB file; resident {before / 1e6:F0} MB before, peak growth {growth / 1e6:F0} MB while staging."));
            Assert.Equal(HttpStatusCode.OK, staged.Status);
            Assert.Equal(Rows.ToString("N0", CultureInfo.InvariantCulture), staged.Text("#added td.text-end"));
            Assert.True(growth < GrowthBound, $"The portal's resident memory grew by {growth / 1e6:F0} MB while staging the list.");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Made-up parties in the Consolidated Screening List's columns, each with an address and an alternate name.</summary>
    private static async Task WriteListAsync(string path)
    {
        await using var writer = new StreamWriter(path);
        await writer.WriteLineAsync("_id,source,entity_number,type,programs,name,title,addresses,alt_names");
        for (var i = 0; i < Rows; i++)
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"p-{i},Entity List (EL) - Bureau of Industry and Security,,Entity,EAR,Vantor Kelvex Trading {i:D6} LLC,,\"Unit {i % 97}, Jebel Ali, Dubai, AE\",Kelvex {i:D6}"));
        }
    }
}

public sealed class LargeScreeningListOnSqlite(ITestOutputHelper output) : LargeScreeningListTests(DatabaseKind.Sqlite, output);

public sealed class LargeScreeningListOnPostgreSql(ITestOutputHelper output) : LargeScreeningListTests(DatabaseKind.Postgres, output);
