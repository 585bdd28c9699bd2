using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>The screenshots of one story, numbered in the order they are taken: story-01-register, story-02-…</summary>
public sealed class ScreenshotSeries(string prefix)
{
    private int _taken;

    public Task TakeAsync(IPage page, string name) => Screenshots.TakeAsync(page, $"{prefix}-{++_taken:00}-{name}");
}
