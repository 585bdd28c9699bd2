using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Api;
using Portal.Application.Quotes.Messages;
using Portal.Application.Quotes.PostMessage;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Api;

/// <summary>
/// The conversation on a quote the key's owner may read: its messages oldest first, each file's bytes, and, with a
/// write key, a new message to the vendor's sales team (mailed to them, and raised as <c>quote.message_posted</c>).
/// </summary>
[Route("api/v1/quotes/{id:int}/messages")]
public sealed class QuoteMessagesApiController(QuoteThreadQueries thread) : PortalApiController
{
    [ExampleCall("id=7")]
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<ApiMessage>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IReadOnlyList<ApiMessage>> List(int id) =>
        (await thread.ListAsync(id, User.ToActor(), HttpContext.RequestAborted)).Select(m => ApiMessage.Of(id, m)).ToList();

    [ExampleCall("id=7", Body = """
        { "text": "The signed purchase order is attached.", "attachments": [{ "fileName": "po.pdf", "content": "JVBERi0xLjQKJSVFT0YK" }] }
        """)]
    [HttpPost]
    [Authorize(Policy = ApiPolicies.Write)]
    [RequestSizeLimit(NewMessageRequest.MaxBytes)]
    [ProducesResponseType<ApiMessage>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Post(int id, NewMessageRequest request, [FromServices] PostMessageHandler post)
    {
        var actor = User.ToActor();
        var posted = await post.HandleAsync(id, request.ToCommand(), actor, HttpContext.RequestAborted);
        return posted.Succeeded
            ? CreatedAtAction(nameof(List), new { id }, ApiMessage.Of(id, await thread.GetAsync(id, posted.Value, actor, HttpContext.RequestAborted)))
            : Refused(posted.Errors);
    }

    /// <summary>A file's bytes, as a download with the type read from its content.</summary>
    [ExampleCall("id=7", "fileId=1")]
    [HttpGet("files/{fileId:int}")]
    [Produces("application/octet-stream")]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> File(int id, int fileId) =>
        this.Download(await thread.FileAsync(id, fileId, User.ToActor(), HttpContext.RequestAborted));
}
