using Microsoft.AspNetCore.Mvc;
using Portal.Application.Quotes.Messages;

namespace Portal.Web.Common;

public static class FileDownloads
{
    /// <summary>
    /// A file someone sent, as a download under its own name (Content-Disposition: attachment) with the type read from
    /// its content; the portal's nosniff header keeps a browser from guessing another.
    /// </summary>
    public static FileContentResult Download(this ControllerBase controller, AttachmentFile file) =>
        controller.File(file.Content, file.ContentType, file.FileName);
}
