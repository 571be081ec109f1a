using Readout.Core.Documents;

namespace Readout.Nlp.Sentences;

/// <summary>Tracks whether a double quotation is open while walking a paragraph's tokens.</summary>
internal struct QuotationDepth
{
    private int _typographic;
    private bool _straightOpen;

    /// <summary>True while a quotation opened and has not closed.</summary>
    public readonly bool IsOpen => _typographic > 0 || _straightOpen;

    /// <summary>Takes token <paramref name="i"/> into account.</summary>
    public void Advance(Document document, int i)
    {
        var tokens = document.Tokens;
        if (tokens.Ends[i] - tokens.Starts[i] != 1)
        {
            return;
        }

        switch (document.Text[tokens.Starts[i]])
        {
            case '\u201C' or '\u00AB' or '\u201E':
                _typographic++;
                break;
            case '\u201D' or '\u00BB':
                _typographic = Math.Max(0, _typographic - 1);
                break;
            case '"':
                _straightOpen = !_straightOpen;
                break;
        }
    }
}
