using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;

namespace Portal.Web.Common;

/// <summary>
/// How a controller answers a form it gave to a use case: when it was done, a notice and the next page; when it was
/// refused, the field messages under the form's prefix and the page with the form again.
/// </summary>
public static class FormAnswers
{
    /// <param name="prefix">The form's name on the page, which its fields' messages are kept under ("" for none).</param>
    /// <param name="done">Where to go after a success, where the notice is shown.</param>
    /// <param name="again">The page with the form again, after a refusal.</param>
    public static async Task<IActionResult> AnswerAsync(this Controller controller, Result result, string prefix, string notice,
        IActionResult done, Func<Task<IActionResult>> again)
    {
        if (!result.Succeeded)
        {
            controller.ModelState.AddErrors(result.Errors, prefix);
            return await again();
        }
        return controller.Done(notice, done);
    }

    /// <inheritdoc cref="AnswerAsync(Controller, Result, string, string, IActionResult, Func{Task{IActionResult}})"/>
    public static Task<IActionResult> AnswerAsync<T>(this Controller controller, Result<T> result, string prefix, string notice,
        IActionResult done, Func<Task<IActionResult>> again) =>
        controller.AnswerAsync(new Result(result.Errors), prefix, notice, done, again);

    /// <summary>Shows the notice on the next page, where <paramref name="next"/> leads.</summary>
    public static IActionResult Done(this Controller controller, string notice, IActionResult next)
    {
        controller.TempData["Notice"] = notice;
        return next;
    }
}
