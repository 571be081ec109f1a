using Readout.Core.Documents;
using Readout.Core.Processing;

namespace Readout.Nlp.Tokenization;

/// <summary>
/// A rule tokenizer for English news that splits words the Universal Dependencies way.
/// </summary>
/// <remarks>
/// Requires: nothing. Produces: <see cref="LayerNames.Tokens"/>.
/// Keeps abbreviations (Mr., U.S., Jan., No. 10), initials, numbers (1,000.5; 10:30; 15/11/2023), URLs, e-mail
/// addresses, @handles and #hashtags whole; splits clitics (do n't, Iran 's) and marks them as one surface token
/// with <see cref="TokenFlags.JoinedToPrevious"/>; splits hyphenated compounds except after common prefixes; keeps
/// text in any script whole. Thread-safe: it holds no state.
/// </remarks>
public sealed class RuleTokenizer : IComponent
{
    private static readonly string[] ProducedLayers = [LayerNames.Tokens];

    /// <inheritdoc />
    public string Name => "rule-tokenizer";

    /// <inheritdoc />
    public string Version => "1.0";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [];

    /// <inheritdoc />
    public IReadOnlyList<string> Produces => ProducedLayers;

    /// <inheritdoc />
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Tokens.Clear();
        Tokenize(document.Text, document.Tokens);
    }

    /// <summary>Tokenizes <paramref name="text"/> into <paramref name="tokens"/>, which must be empty.</summary>
    public static void Tokenize(string text, TokenTable tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        new TokenScanner(text, tokens).Run();
    }
}
