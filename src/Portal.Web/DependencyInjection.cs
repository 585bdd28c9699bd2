using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Portal.Application.Accounts;
using Portal.Application.Api;
using Portal.Application.Common;
using Portal.Web.Accounts;
using Portal.Web.Api;
using Portal.Web.Caching;
using Portal.Web.Common;
using Portal.Web.Reports;

namespace Portal.Web;

public static class DependencyInjection
{
    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddControllersWithViews(options =>
        {
            // Every POST needs the antiforgery token.
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add<PortalExceptionFilter>();
            options.Filters.Add<AntiforgeryRefusals>();
            options.ModelBinderProviders.Insert(0, new YesNoBinderProvider());
            // Required fields are the validators' business, with their own messages.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            BindingMessages.Speak(options.ModelBindingMessageProvider);
        }).AddJsonOptions(json =>
        {
            // The API names its enums and writes its times in UTC.
            json.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter());
            json.JsonSerializerOptions.Converters.Add(new UtcDateTimeConverter());
        }).ConfigureApiBehaviorOptions(api =>
            // A body the API cannot read is a problem like any other, typed so whatever the action produces.
            api.InvalidModelStateResponseFactory = context => ApiProblems.Result(new ValidationProblemDetails(context.ModelState)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request could not be read",
                Detail = "See the message for each field; the body is JSON as the OpenAPI document describes.",
            }));
        // Names in any script (Greek, Cyrillic, CJK) are written as characters, not as numeric entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Every endpoint needs a signed-in user unless it says [AllowAnonymous].
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build()).AddApiPolicies().AddCompanyRolePolicies();
        // Procurement systems call /api/v1 with an API key; the OpenAPI document describes those endpoints only.
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        // The OpenAPI document describes enums as the names the API writes.
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi("v1", ApiDocument.Configure);
        services.AddHttpContextAccessor();
        var publicAddress = PublicAddress.From(configuration);
        services.AddSingleton(publicAddress);
        services.AddScoped<PublicLinks>();
        services.AddScoped<IAccountLinks, AccountLinks>();
        services.AddScoped<IPageLinks, PageLinks>();
        services.Configure<HostFilteringOptions>(hosts => AllowedHosts.Apply(hosts, configuration, environment, publicAddress));
        // The server does not name itself (no "Server: Kestrel").
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        services.AddScoped<ReportExports>();
        services.AddOutputCache(PageCache.AddPolicies);
        services.AddMemoryCache();
        services.AddOptions<RateLimits>().BindConfiguration(RateLimits.Section);
        services.AddOptions<ApiRateLimit>().BindConfiguration(ApiRateLimit.Section);
        services.AddOptions<ApiKeyLimit>().BindConfiguration(ApiKeyLimit.Section);
        services.AddSingleton<ApiRateLimiter>();
        services.AddScoped<ApiWaitlist>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimits>>(RateLimits.Apply);
        services.AddOptions<ReverseProxy>().BindConfiguration(ReverseProxy.Section);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxy>>((forwarded, proxy) => proxy.Value.ApplyTo(forwarded));

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "Portal.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
        });
        // Refreshes the cookie's claims (roles, name) once a minute; SessionCheck ends a stale session at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = UserPagePolicy.AntiforgeryCookie;
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddLogging(AntiforgeryRefusals.Silence);
        services.Configure<CookieTempDataProviderOptions>(o => o.Cookie.Name = Notices.CookieName);
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
        return services;
    }
}
