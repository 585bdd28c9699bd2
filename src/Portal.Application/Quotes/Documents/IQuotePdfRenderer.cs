namespace Portal.Application.Quotes.Documents;

/// <summary>Draws a quote document as a PDF.</summary>
public interface IQuotePdfRenderer
{
    byte[] Render(QuoteDocument document);
}
