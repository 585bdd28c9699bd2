using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.StripeStandIn;

/// <summary>Stripe's JSON: snake_case names, nulls written out.</summary>
public static class StripeJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);
}
