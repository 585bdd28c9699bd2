using Microsoft.AspNetCore.Mvc;
using Portal.Application.Api;
using Portal.Application.Configurations;
using Portal.Web.Accounts;

namespace Portal.Web.Api;

/// <summary>The configurator's judgement and price of a rack configuration, without saving anything.</summary>
[Route("api/v1/configurations")]
public sealed class ConfigurationsApiController(ConfigurationEvaluator evaluator) : PortalApiController
{
    /// <summary>Answers 200 whether or not the configuration keeps the rules: <c>valid</c> says which, <c>problems</c> says why not.</summary>
    [ExampleCall(Body = """
        { "rackSku": "TRN2-RACK-48U", "components": [{ "sku": "TRN2-SRV-16", "quantity": 4 }, { "sku": "EFA-SW-25T", "quantity": 1 }, { "sku": "PDU-3PH-60KW", "quantity": 2 }], "rackCount": 4, "siteId": 1 }
        """)]
    [HttpPost("evaluate")]
    [ProducesResponseType<ApiEvaluation>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ApiEvaluation> Evaluate(ConfigurationToEvaluate configuration) =>
        ApiEvaluation.Of(await evaluator.EvaluateAsync(
            new ConfigurationRequest(configuration.RackSku, configuration.Components ?? [], configuration.RackCount, configuration.SiteId),
            User.ToActor(), HttpContext.RequestAborted));
}

/// <param name="RackSku">The base rack, such as "TRN2-RACK-48U".</param>
/// <param name="Components">Per rack: each component's SKU and quantity.</param>
/// <param name="RackCount">How many racks of this configuration; the volume discount depends on it.</param>
/// <param name="SiteId">One of the company's sites, whose power and cooling the configuration must suit.</param>
public sealed record ConfigurationToEvaluate(string? RackSku, IReadOnlyList<ComponentRequest>? Components, int RackCount, int? SiteId);
