namespace Portal.Domain.Pricing;

/// <summary>
/// How much sales discount each role may give on its own: sales up to 10 %, admins up to 25 %, nobody beyond. A quote
/// priced above the sales limit needs an admin's approval before it is issued.
/// </summary>
public static class DiscountAuthority
{
    public const decimal Sales = 10m;
    public const decimal Admin = 25m;
    public const decimal Max = Admin;

    public static readonly string OutOfRange = $"A discount is between 0 and {Max:0.##} %; nobody can give more.";

    public static decimal Of(bool isAdmin) => isAdmin ? Admin : Sales;
}
