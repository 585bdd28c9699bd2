using Portal.Domain.Api;

namespace Portal.UnitTests.Api;

public sealed class IdempotentRequestTests
{
    private static readonly DateTime Sent = new(2026, 11, 27, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void AnAnswerIsKeptOnceAndForADay()
    {
        var request = new IdempotentRequest(7, "po-42", "abc", Sent);

        request.Answer(201, "application/json", "/api/v1/quotes/9", [1, 2]);

        Assert.True(request.IsAnswered);
        Assert.Throws<InvalidOperationException>(() => request.Answer(200, null, null, []));
        Assert.False(request.IsForgottenAt(Sent.AddHours(23.9)));
        Assert.True(request.IsForgottenAt(Sent.AddHours(24)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("this key is far too long for anyone to have any good reason to send it as an idempotency key; keys are short, such as uuids, and two hundred characters are plenty for any system; this sentence goes on past that")]
    public void AKeyHasOneToTwoHundredCharacters(string key) =>
        Assert.Throws<ArgumentException>(() => new IdempotentRequest(7, key, "abc", Sent));
}
