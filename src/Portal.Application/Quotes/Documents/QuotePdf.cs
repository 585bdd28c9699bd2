namespace Portal.Application.Quotes.Documents;

/// <summary>A quote's PDF, with the file name it is downloaded under (quote number and revision).</summary>
public sealed record QuotePdf(string FileName, byte[] Content)
{
    public const string ContentType = "application/pdf";
}
