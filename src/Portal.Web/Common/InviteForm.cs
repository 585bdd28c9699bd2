namespace Portal.Web.Common;

/// <summary>The invitation form shared by the colleagues page and the staff page.</summary>
public sealed class InviteForm
{
    public string FullName { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string Role { get; set; } = string.Empty;
}
