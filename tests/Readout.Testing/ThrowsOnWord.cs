using Readout.Core.Documents;
using Readout.Core.Processing;

namespace Readout.Testing;

/// <summary>A pipeline stage that throws on documents containing <paramref name="word"/>: a bug, as far as its caller can tell.</summary>
public sealed class ThrowsOnWord(string word) : IComponent
{
    public string Name => "throws-on-word";

    public string Version => "1";

    public IReadOnlyList<string> Requires => [LayerNames.Tokens];

    public IReadOnlyList<string> Produces => [];

    public void Process(Document document)
    {
        if (document.Text.Contains(word, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("a bug met " + word);
        }
    }
}
