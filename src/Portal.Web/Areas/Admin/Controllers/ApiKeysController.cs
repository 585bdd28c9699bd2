using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Api.Pages;
using Portal.Application.Common;
using Portal.Web.Api;

namespace Portal.Web.Areas.Admin.Controllers;

/// <summary>The staff keys of staff integrations (a CRM, the finance system): admins make and revoke them.</summary>
[Area("Admin")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class ApiKeysController(ApiKeysPageQuery keys) : ApiKeysPages(keys);
