using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Portal.Web.Reports;

/// <summary>A CSV table as a download, written straight to the response as its rows come.</summary>
public sealed class CsvResult(CsvTable table, string fileName) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        await table.WriteAsync(response.Body, context.HttpContext.RequestAborted);
    }
}
