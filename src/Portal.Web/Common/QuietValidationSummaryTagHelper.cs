using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Portal.Web.Common;

/// <summary>
/// Leaves out a validation summary while the form has nothing wrong. The framework's empty summary carries a hidden
/// list item with an inline style (for client-side validation, which the portal does not use), and the
/// Content-Security-Policy's style-src 'self' refuses inline styles.
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class QuietValidationSummaryTagHelper : TagHelper
{
    /// <summary>After the framework's summary tag helper, so that nothing it adds is left.</summary>
    public override int Order => 1_000;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (ViewContext.ViewData.ModelState.IsValid)
        {
            output.SuppressOutput();
        }
    }
}
