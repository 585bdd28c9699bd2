using Portal.Domain.Api;
using Portal.Domain.Common;

namespace Portal.UnitTests.Api;

public sealed class ApiKeyTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void AKeyOpensWithItsOwnSecretOnlyAndNotOnceRevoked()
    {
        var (key, text) = ApiKey.Create(" ERP ", ApiScopes.Write, "user-1", 7, Now);
        Assert.True(ApiKey.TryRead(text, out var prefix, out var secret));

        var opened = key.Opens(secret);
        var wrong = key.Opens(secret + "x");
        key.Revoke(Now);

        Assert.Equal(("ERP", key.Prefix, ApiScopes.Read | ApiScopes.Write), (key.Name, prefix, key.Scopes));
        Assert.True(opened);
        Assert.False(wrong);
        Assert.False(key.Opens(secret));
        Assert.Throws<DomainException>(() => key.Revoke(Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("portal_short_secret")]
    [InlineData("other_0123456789ab_secret")]
    [InlineData("portal_0123456789ab_")]
    public void TextNotShapedLikeAKeyIsNotRead(string? text) => Assert.False(ApiKey.TryRead(text, out _, out _));

    [Fact]
    public void UseIsNotedAtMostOnceAMinute()
    {
        var (key, _) = ApiKey.Create("ERP", ApiScopes.Read, "user-1", 7, Now);

        Assert.True(key.RecordUse(Now));
        Assert.False(key.RecordUse(Now.AddSeconds(59)));
        Assert.True(key.RecordUse(Now.AddMinutes(1)));
        Assert.Equal(Now.AddMinutes(1), key.LastUsedUtc);
    }

    [Fact]
    public void AKeyMustAtLeastRead() => Assert.Throws<DomainException>(() => ApiKey.Create("ERP", ApiScopes.None, "user-1", 7, Now));
}
