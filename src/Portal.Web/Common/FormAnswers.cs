using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Domain.Common;

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

    /// <summary>
    /// Answers a button that posts no form to show again (a step on a page): the notice, or the reason the step was
    /// refused, is shown on the page <paramref name="next"/> leads back to.
    /// </summary>
    public static IActionResult Answer(this Controller controller, Result result, string notice, IActionResult next)
    {
        if (!result.Succeeded)
        {
            controller.TempData["Problem"] = string.Join(" ", result.Errors.Select(e => e.Message));
            return next;
        }
        return controller.Done(notice, next);
    }

    /// <summary>
    /// Answers a button that takes a step the state may refuse, when the page it leads back to is where its reason
    /// belongs: the domain's refusal is shown there, like a refused <see cref="Answer"/>.
    /// </summary>
    public static async Task<IActionResult> AnswerStepAsync(this Controller controller, Func<Task> step, string notice, IActionResult next)
    {
        try
        {
            await step();
        }
        catch (DomainException refused)
        {
            return controller.Answer(Result.Fail(string.Empty, refused.Message), notice, next);
        }
        return controller.Done(notice, next);
    }
}
