using Portal.Application.Compliance.Screenings;
using Portal.Domain.Compliance;

namespace Portal.Infrastructure.Compliance;

/// <summary>This instance's index of the current list version: built on first use, replaced when a newer version is asked for.</summary>
public sealed class ScreeningListCache
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile CurrentScreeningList? _current;

    public async Task<CurrentScreeningList> GetAsync(ScreeningListVersion version, Func<Task<ScreeningList>> build)
    {
        if (_current is { } current && current.Version.Id == version.Id)
        {
            return current;
        }
        await _building.WaitAsync();
        try
        {
            if (_current is not { } built || built.Version.Id != version.Id)
            {
                _current = new CurrentScreeningList(version, await build());
            }
            return _current;
        }
        finally
        {
            _building.Release();
        }
    }
}
