using Portal.Application.Configurations.Rules;

namespace Portal.UnitTests.Configurations.Rules;

public sealed class MessageTemplateTests
{
    private static readonly string[] Keys = ["racks", "has"];

    [Theory]
    [InlineData(1, "1 rack needs it; has 1.")]
    [InlineData(3, "3 racks need it; has 3.")]
    public void NumbersAgreeWithTheirWords(int count, string message) =>
        Assert.Equal(message, MessageTemplate.Parse("{racks:rack|racks} {racks?needs|need} it; has {has}.", Keys)
            .Render(new Dictionary<string, RuleValue> { ["racks"] = RuleValue.Of(count), ["has"] = RuleValue.Of(count) }));

    [Theory]
    [InlineData("", "has no message")]
    [InlineData("needs {neded}", "names {neded}; this kind of rule knows {racks}, {has}")]
    [InlineData("needs {has", "never closes it")]
    [InlineData("needs {has:one}", "needs two words")]
    public void AWrongTemplateIsRefusedSayingWhy(string text, string why) =>
        Assert.Contains(why, Assert.Throws<FormatException>(() => MessageTemplate.Parse(text, Keys)).Message);
}
