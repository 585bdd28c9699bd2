using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Compliance;
using Portal.Infrastructure.Compliance;

namespace Portal.IntegrationTests.Compliance;

/// <summary>A restricted-party list in the Consolidated Screening List's CSV format, as an admin would load it.</summary>
public sealed class ScreeningListFileTests
{
    private const string Header = "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,"
        + "standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,"
        + "vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids";

    private const string EntityList = "Entity List (EL) - Bureau of Industry and Security";

    [Fact]
    public async Task AGoodFileGivesEachPartyWithItsNamesAddressesAndCountries()
    {
        var csv = $"""
            {Header}
            el-1,{EntityList},,Entity,EAR,"BOREALIS DYNAMICS TRADING CO., LTD.",,"Office 12, Jebel Ali, Dubai, AE; 4 ul. Lenina, Moscow, RU",,,,,,,,,,,,,,,Бореалис Динамикс; Borealis FZE,ru,,BY,,,
            ,Specially Designated Nationals (SDN) - Treasury Department,90017,Entity,,Kestrel Vector Avionics,,,,,,,,,,,,,,,,,,,,,,,
            """;

        var read = await ReadAsync(csv);

        Assert.Empty(read.Problems);
        Assert.Equal(2, read.Parties.Count);
        var borealis = read.Parties[0];
        Assert.Equal((EntityList, "el-1", "BOREALIS DYNAMICS TRADING CO., LTD."), (borealis.Source, borealis.EntryId, borealis.Name));
        Assert.Equal(["Бореалис Динамикс", "Borealis FZE"], borealis.AlternateNames);
        Assert.Equal(["Office 12, Jebel Ali, Dubai, AE", "4 ul. Lenina, Moscow, RU"], borealis.Addresses);
        Assert.Equal(["AE", "RU", "BY"], borealis.Countries);
        Assert.Equal("90017", read.Parties[1].EntryId);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv))), read.Sha256);
    }

    [Fact]
    public async Task ColumnsAreFoundByNameInAnyOrderAndOthersAreIgnored()
    {
        var read = await ReadAsync($"""
            alt_names,notes,name,source
            Akme,whatever,Acme Trading,{EntityList}
            """);

        var acme = Assert.Single(read.Parties);
        Assert.Equal(("Acme Trading", EntityList, ""), (acme.Name, acme.Source, acme.EntryId));
        Assert.Equal(["Akme"], acme.AlternateNames);
    }

    [Fact]
    public async Task MalformedRowsAreReportedWithTheirLinesAndTheRestIsRead()
    {
        var read = await ReadAsync($"""
            _id,source,name,alt_names
            1,{EntityList},Acme Trading,
            2,{EntityList},,No Name Here
            3,{EntityList},{new string('x', RestrictedParty.NameMaxLength + 1)},
            4,{EntityList},"Borealis" Dynamics,
            5,{EntityList},Kestrel Vector,Kestrel,extra
            6,{EntityList},"Helion Compute Group,
            7,,Orphan Name,
            8,{EntityList},Zorvex Trading,
            """);

        Assert.Equal(["Acme Trading", "Zorvex Trading"], read.Parties.Select(p => p.Name));
        Assert.Equal([3L, 4, 5, 6, 7, 8], read.Problems.Select(p => p.Line));
        Assert.Contains("name cannot be empty", read.Problems[0].Reason);
        Assert.Contains("at most 500", read.Problems[1].Reason);
        Assert.Contains("quote", read.Problems[2].Reason);
        Assert.Contains("number of fields", read.Problems[3].Reason);
        Assert.Contains("source list cannot be empty", read.Problems[5].Reason);
    }

    [Fact]
    public async Task AFileIsHandedOnInBatchesAndEveryRowLeftOutIsCountedTheFirstKeptWithItsReason()
    {
        var rows = Enumerable.Range(1, 2500).Select(i => i % 5 == 0 ? $"{i},{EntityList},," : $"{i},{EntityList},Party {i},");
        using var file = new MemoryStream(Encoding.UTF8.GetBytes($"_id,source,name,alt_names\n{string.Join('\n', rows)}\n"));
        var batches = new List<int>();

        var read = await ScreeningListFile.ReadAsync(file, batch =>
        {
            batches.Add(batch.Count);
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal([1000, 1000], batches);
        Assert.Equal((2000, 500), (read.PartyCount, read.ProblemCount));
        Assert.Equal(ScreeningListFile.ProblemsKept, read.Problems.Count);
        Assert.Equal(new ListRowProblem(6, "A restricted party's name cannot be empty."), read.Problems[0]);
    }

    [Theory]
    [InlineData("_id,source,alt_names\n1,Entity List,Acme\n", "'name'")]
    [InlineData("_id,name\n1,Acme\n", "'source'")]
    [InlineData("", "'source'")]
    public async Task AFileWithoutTheNameOrSourceColumnIsRefused(string csv, string column)
    {
        var refused = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync(csv));

        Assert.Contains($"no {column} column", refused.Message);
    }

    [Theory]
    [InlineData("Helios AI Labs")]
    [InlineData("Helios Compute GmbH")]
    [InlineData("Fjord Compute AS")]
    [InlineData("QuantaForge Analytics GmbH")]
    [InlineData("QuantaForge Labs")]
    [InlineData("Ashburn DC1")]
    [InlineData("Rjukan Hall A")]
    [InlineData("Frankfurt FRA-3")]
    public async Task TheDemoListLoadsWholeAndHoldsNoneOfTheDemoCustomers(string customerOrSite)
    {
        var read = await ReadDemoAsync();

        Assert.Empty(read.Problems);
        Assert.InRange(read.Parties.Count, 35, 50);
        Assert.Empty(new ScreeningList(read.Parties).Screen(customerOrSite));
    }

    [Theory]
    [InlineData("Borealis Dynamics Trading LLC")]
    [InlineData("ООО «Бореалис Динамикс Трейдинг»")]
    public async Task TheDemoListHoldsBorealisDynamicsTrading(string organization)
    {
        var found = new ScreeningList((await ReadDemoAsync()).Parties).Screen(organization);

        var borealis = Assert.Single(found).Party;
        Assert.Equal("BOREALIS DYNAMICS TRADING CO., LTD.", borealis.Name);
        Assert.Equal(["AE"], borealis.Countries);
    }

    private static async Task<Read> ReadAsync(string csv)
    {
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await ReadAsync(file);
    }

    private static async Task<Read> ReadDemoAsync()
    {
        await using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "demo-screening-list.csv"));
        return await ReadAsync(file);
    }

    /// <summary>Reads the file as the portal does, keeping the parties of every batch it hands on.</summary>
    private static async Task<Read> ReadAsync(Stream file)
    {
        var parties = new List<RestrictedParty>();
        var read = await ScreeningListFile.ReadAsync(file, batch =>
        {
            Assert.InRange(batch.Count, 1, ScreeningListFile.BatchSize);
            parties.AddRange(batch);
            return Task.CompletedTask;
        }, CancellationToken.None);
        Assert.Equal(parties.Count, read.PartyCount);
        return new Read(parties, read.Problems, read.Sha256);
    }

    private sealed record Read(IReadOnlyList<RestrictedParty> Parties, IReadOnlyList<ListRowProblem> Problems, string Sha256);
}
