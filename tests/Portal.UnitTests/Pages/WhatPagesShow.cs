using Portal.Domain.Auditing;
using Portal.Domain.Catalog;
using Portal.Domain.Configurations;
using Portal.UnitTests.Builders;
using Portal.Web.Common;

namespace Portal.UnitTests.Pages;

/// <summary>What the page models tell the views to show, so that the views only show it.</summary>
public sealed class WhatPagesShow
{
    [Fact]
    public void ATimelineStepNamesItsNewStateOnlyWhenItSaysMoreThanTheStep()
    {
        AuditEvent Step(string action, string? toState) =>
            new(new DateTime(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc), "sales@northwind.example", "Quote", "1", action, toState: toState);

        Assert.Equal(" (In review)", Display.StateAfter(Step("Claimed", "InReview")));
        Assert.Equal("", Display.StateAfter(Step("Submitted", "Submitted")));
        Assert.Equal("", Display.StateAfter(Step("Note added", null)));
    }

    [Theory]
    [InlineData(8, "an 8 %")]
    [InlineData(8.5, "an 8.5 %")]
    [InlineData(11, "an 11 %")]
    [InlineData(18, "an 18 %")]
    [InlineData(80, "an 80 %")]
    [InlineData(5, "a 5 %")]
    [InlineData(1, "a 1 %")]
    [InlineData(0.8, "a 0.8 %")]
    [InlineData(12, "a 12 %")]
    [InlineData(100, "a 100 %")]
    public void APercentageIsReadWithTheArticleItsNumberTakes(decimal percent, string reads) =>
        Assert.Equal(reads, Display.APercent(percent));

    [Theory]
    [InlineData(800, "an")]
    [InlineData(1100, "a")]
    [InlineData(11000, "an")]
    [InlineData(18500, "an")]
    [InlineData(110, "a")]
    [InlineData(180000, "a")]
    public void ElevenAndEighteenTakeAnOnlyWhereTheyAreReadAsSuch(decimal number, string article) =>
        Assert.Equal(article, Display.Article(number));

    [Fact]
    public void AFiltersOptionsMarkTheOneInForce()
    {
        var options = Choices.Of<ProductFamily>(ProductFamily.Storage, Display.Family);

        Assert.Equal(Enum.GetValues<ProductFamily>().Length, options.Count);
        Assert.Equal([nameof(ProductFamily.Storage)], options.Where(o => o.Selected).Select(o => o.Value));
        Assert.Equal(Display.Family(ProductFamily.Storage), options.Single(o => o.Selected).Text);
        Assert.DoesNotContain(Choices.Of<ProductFamily>(null, Display.Family), o => o.Selected);
    }

    [Fact]
    public void TheElevationDrawsEachRackMountedUnitAndMarksWhereTheRackEnds()
    {
        var fits = new ElevationDrawing(new RackBuild(Products.Rack(capacityU: 10),
            [new ComponentLine(Products.Component("SLED", heightU: 4), 2), new ComponentLine(Products.Component("PDU", heightU: 0), 2)]));
        var overflows = new ElevationDrawing(new RackBuild(Products.Rack(capacityU: 10), [new ComponentLine(Products.Component("SLED", heightU: 4), 3)]));

        Assert.Equal([5, 10], fits.Marks.Select(m => m.U));
        Assert.Equal(2, fits.Slots.Count);
        Assert.Null(fits.RackEndsAt);
        Assert.Equal("Side-mounted: 2 × PDU.", fits.SideMounted);
        Assert.Equal("Rack elevation: 8 of 10 U used", fits.Label);
        Assert.Equal(3, overflows.Slots.Count);
        Assert.Equal(overflows.Frame.Y, overflows.RackEndsAt);
        Assert.Equal(Portal.Application.Configurations.ElevationPalette.Overflow, overflows.Slots[2].Box.Fill);
        Assert.Null(overflows.SideMounted);
    }
}
