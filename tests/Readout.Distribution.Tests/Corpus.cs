using System.Globalization;
using Readout.Core.Documents;
using Readout.Core.Errors;
using Readout.Storage.Ingestion;
using Readout.Storage.Records;
using Readout.Testing;

namespace Readout.Distribution.Tests;

/// <summary>Inputs for the distribution tests: synthetic articles as ingest items, and items that cannot be read.</summary>
public static class Corpus
{
    /// <summary>Article <paramref name="index"/> of <see cref="SyntheticNews"/> as an item.</summary>
    public static IngestItem Item(int index, string? extra = null)
    {
        var (title, text, published) = SyntheticNews.Article(index);
        var source = string.Create(CultureInfo.InvariantCulture, $"corpus.jsonl:{index + 1}");
        return new IngestItem(source, index * 1000L, () => new IngestDocument(new Document(text + extra, source) { Title = title, Published = published }, new DocumentMetadata($"s{index}", Format: "jsonl")));
    }

    /// <summary>An item that cannot be read.</summary>
    public static IngestItem Unreadable(string source) => new(source, 0, () => throw new ReadoutException(ErrorCodes.InputEmpty, "the record has no \"text\""));
}
