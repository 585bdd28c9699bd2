using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Api.Pages;
using Portal.Application.Common;
using Portal.Web.Api;

namespace Portal.Web.Areas.Customer.Controllers;

/// <summary>The company's API keys, kept by its administrators; the other members see them.</summary>
[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class ApiKeysController(ApiKeysPageQuery keys) : ApiKeysPages(keys);
