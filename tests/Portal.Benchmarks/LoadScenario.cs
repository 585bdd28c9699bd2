using System.Net;

namespace Portal.Benchmarks;

/// <summary>One page requested over and over; with the session's cookies when it needs a signed-in user.</summary>
/// <remarks>The cookies are kept like a browser keeps them, so a renewed sign-in cookie is sent from then on.</remarks>
internal sealed record LoadScenario(string Name, string Path, CookieContainer? Session = null);
