using Portal.Domain.Common;
using Portal.Domain.Compliance;

namespace Portal.UnitTests.Compliance;

public sealed class ExportClassificationTests
{
    [Theory]
    [InlineData("4A090.a", "4A090.a")]
    [InlineData(" 4a090.A ", "4A090.a")]
    [InlineData("ear99", "EAR99")]
    [InlineData("5a992.c", "5A992.c")]
    [InlineData("3A090", "3A090")]
    public void AClassificationIsWrittenAsTheRegulationsWriteIt(string typed, string written)
    {
        Assert.True(ExportClassification.IsValid(typed));
        Assert.Equal(written, ExportClassification.Normalize(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4A9")]
    [InlineData("4F090")]
    [InlineData("EAR 99")]
    [InlineData("4A090.")]
    [InlineData("4A090.a.b.c.d.e.f")]
    [InlineData("<script>")]
    public void AnythingElseIsNotAClassification(string? typed) => Assert.False(ExportClassification.IsValid(typed));

    [Fact]
    public void ARuleWithABadClassificationIsRefused() =>
        Assert.Throws<DomainException>(() => new DestinationRule("DE", "4A9", DestinationVerdict.Allowed, DateTime.UtcNow, null));
}
