using Readout.Core.Errors;

namespace Readout.Ingest.Inputs;

/// <summary>
/// One document-to-be found in an input: where it is, and how to load it. Loading (decoding, HTML extraction) is
/// deferred so that a reader can list items quickly on one thread while workers load them in parallel.
/// </summary>
public sealed class InputItem
{
    private readonly Func<InputDocument> _load;

    /// <summary>Creates an item that <paramref name="load"/> turns into a document (or a coded error).</summary>
    /// <param name="source">The path, record or line the item comes from, as used in error lines.</param>
    /// <param name="load">Loads the document; throws <see cref="ReadoutException"/> when it cannot.</param>
    /// <param name="inputPosition">How many bytes of the input file had been read when this item was found (for progress).</param>
    public InputItem(string source, Func<InputDocument> load, long inputPosition = 0)
    {
        ArgumentNullException.ThrowIfNull(load);
        Source = source;
        _load = load;
        InputPosition = inputPosition;
    }

    /// <summary>The path, record or line the item comes from.</summary>
    public string Source { get; }

    /// <summary>How many bytes of its input file had been read when the item was found.</summary>
    public long InputPosition { get; }

    /// <summary>An item that stands for an error found while listing (a missing file, a truncated archive).</summary>
    public static InputItem Failed(string source, ReadoutException error, long inputPosition = 0) =>
        new(source, () => throw error, inputPosition);

    /// <summary>Loads the document.</summary>
    /// <exception cref="ReadoutException">With the coded reason the item cannot be read.</exception>
    public InputDocument Load() => _load();
}
