using Portal.Application.Configurations.Rules;
using Portal.Infrastructure.Catalog;

namespace Portal.UnitTests.Configurations.Rules;

/// <summary>The rules file: the demo's loads; a wrong line stops the load naming the file, the line and what is wrong.</summary>
public sealed class RulesFileReaderTests : IDisposable
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Data");
    private static readonly CatalogFile Catalog = CatalogFileReader.Read(Path.Combine(Data, "demo-vendor.json"));
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.txt");

    private RuleBook Read(params string[] lines)
    {
        File.WriteAllLines(_path, lines);
        return RulesFileReader.Read(_path, Catalog);
    }

    private string Refusal(params string[] lines) => Assert.Throws<InvalidDataException>(() => Read(lines)).Message;

    [Fact]
    public void TheDemoRulesLoadInTheirOrder()
    {
        var book = RulesFileReader.Read(Path.Combine(Data, Catalog.Rules.File), Catalog);

        Assert.Equal(new[] { "generation", "scale-out-switches", "site-power", "air-racks-cooling", "liquid-racks-cooling" }, book.Rules.Select(r => r.Name));
        Assert.Equal(new[] { "fits", "requires", "site", "site", "site" }, book.Rules.Select(r => r.Kind));
    }

    [Fact]
    public void EveryKindReadsWithItsSettings()
    {
        var book = Read(
            "# the issue's rules for the demo products",
            "thermal  cdu  rack=TRN3-RACK-48U  needs=CDU-LIQ-150KW  kw-each=150 | Needs {needed} CDU; has {has}. {fix}.",
            "count    ultraserver-sleds  rack=TRN3-RACK-48U  of=TRN3-SLED-8  allowed=18,16 | {allowed}; has {has}.",
            "thermal  rear-door  rack=TRN2-RACK-48U  needs=RDHX-50KW  above-kw=40 | Above {above} kW: {fix}.",
            "excludes door-or-cdu  of=CDU-LIQ-150KW  with=RDHX-50KW | {product} or {other}.",
            "requires mgmt  generation=Trn3  of=MGMT-SW-1G  per-rack=1 | {needed} per rack.",
            "",
            "site     power  check=power | {total} kW.");

        Assert.Equal(new[] { "thermal", "count", "thermal", "excludes", "requires", "site" }, book.Rules.Select(r => r.Kind));
        Assert.Equal(new[] { 2, 3, 4, 5, 6, 8 }, book.Rules.Select(r => r.Line));
        Assert.Equal("16 or 18", ((CountRule)book.Rules[1]).Allowed);
    }

    [Theory]
    [InlineData("require switches of=EFA-SW-51T per-racks=4 | x", "'require' is not a kind of rule; a rule is one of requires, excludes, count, fits, thermal, site.")]
    [InlineData("requires switches of=EFA-SW-99T per-racks=4 | x", "of names EFA-SW-99T, which is not a product of the catalog file.")]
    [InlineData("requires switches of=EFA-SW-51T per-racks=four | x", "per-racks is 'four'; it must be a whole number above 0.")]
    [InlineData("requires switches of=EFA-SW-51T | x", "says either per-rack=")]
    [InlineData("requires switches of=EFA-SW-51T per-racks=4", "has no '|' before its message.")]
    [InlineData("requires switches of=EFA-SW-51T per-racks=4 colour=red | x", "a requires rule has no setting colour.")]
    [InlineData("requires switches of=EFA-SW-51T per-racks=4 | {switches} needed", "the message names {switches}")]
    [InlineData("count sleds rack=TRN3-SLED-8 of=TRN3-SLED-8 min=2 | x", "rack names TRN3-SLED-8, which is not a base rack of the catalog file.")]
    [InlineData("count sleds of=TRN3-SLED-8 min=9 max=2 | x", "min=9 is above max=2.")]
    [InlineData("site cooling check=humidity | x", "check is 'humidity'; a site rule checks power or cooling.")]
    public void AWrongLineStopsTheLoadNamingFileLineAndWhatIsWrong(string line, string why)
    {
        var message = Refusal("# rules", "fits generation | {product} does not fit.", line);

        Assert.StartsWith($"{Path.GetFileName(_path)}:3: ", message);
        Assert.Contains(why, message);
    }

    [Fact]
    public void TwoRulesCannotShareAName() =>
        Assert.Equal($"{Path.GetFileName(_path)}:2: the name generation is taken by an earlier rule.",
            Refusal("fits generation | x", "fits generation | y"));

    public void Dispose() => File.Delete(_path);
}
