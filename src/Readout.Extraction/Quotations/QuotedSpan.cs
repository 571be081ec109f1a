namespace Readout.Extraction.Quotations;

/// <summary>A stretch of text between quotation marks.</summary>
/// <param name="OpenToken">The opening mark's token.</param>
/// <param name="CloseToken">The closing mark's token, or -1 when the paragraph ended with the quotation still open.</param>
/// <param name="ContentStart">First character of the content (after the opening mark and any space).</param>
/// <param name="ContentEnd">End of the content (before the closing mark; a trailing comma is left out).</param>
/// <param name="ContinuesPrevious">True when the previous paragraph left a quotation open and this one reopens it.</param>
/// <param name="IsSingle">True for single quotation marks (‘…’ or '…').</param>
internal readonly record struct QuotedSpan(int OpenToken, int CloseToken, int ContentStart, int ContentEnd, bool ContinuesPrevious, bool IsSingle)
{
    /// <summary>The first token after the opening mark.</summary>
    public int FirstContentToken => OpenToken + 1;
}
