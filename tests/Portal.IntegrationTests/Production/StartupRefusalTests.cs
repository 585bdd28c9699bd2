using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Portal.IntegrationTests.Support;
using Portal.Web.Common;

namespace Portal.IntegrationTests.Production;

/// <summary>What the portal refuses to start without: one message naming every setting, and no stack trace.</summary>
public sealed class StartupRefusalTests
{
    [Fact]
    public async Task ProductionWithoutThePublicAddressRefusesToStartAndNamesIt()
    {
        var (exitCode, output) = await RefusedStart.RunAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });

        Assert.Equal(1, exitCode);
        Assert.Contains("Portal:PublicUrl", output);
        Assert.Contains("Portal__PublicUrl=https://portal.example.com", output);
        RefusedStart.AssertNoTrace(output);
    }

    [Theory]
    [InlineData("Production", "https://portal.northwind.example", null)]
    [InlineData("Production", "https://portal.northwind.example", "first@northwind.example")]
    [InlineData("Development", null, null)]
    [InlineData("Testing", null, null)]
    public void WhatAStartNeedsIsThere(string environment, string? publicUrl, string? firstAdmin) =>
        Assert.Null(StartupRequirements.Refusal(Settings(publicUrl, firstAdmin), new Environment(environment)));

    [Theory]
    [InlineData("Production", null, null)]
    [InlineData("Production", "portal.northwind.example", null)]
    [InlineData("Production", "ftp://portal.northwind.example", null)]
    [InlineData("Development", null, "first@northwind.example")]
    public void APublicAddressMissingOrWrongIsNamedOnce(string environment, string? publicUrl, string? firstAdmin)
    {
        var refusal = StartupRequirements.Refusal(Settings(publicUrl, firstAdmin), new Environment(environment));

        Assert.NotNull(refusal);
        Assert.Single(refusal.Split('\n'), line => line.Contains("Portal:PublicUrl", StringComparison.Ordinal));
    }

    private static IConfiguration Settings(string? publicUrl, string? firstAdmin) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:PublicUrl"] = publicUrl, ["Portal:FirstAdmin"] = firstAdmin })
        .Build();

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Portal.Web";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
