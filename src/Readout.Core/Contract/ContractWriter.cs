using System.Text.Json;

namespace Readout.Core.Contract;

/// <summary>Writes and reads the contract JSON with the source-generated context.</summary>
public static class ContractWriter
{
    private static readonly ContractJsonContext Compact = ContractJsonContext.Default;
    private static readonly ContractJsonContext Indented = new(new JsonSerializerOptions(ContractJsonContext.Default.Options) { WriteIndented = true });

    /// <summary>Writes one document as a JSON object.</summary>
    public static void Write(Stream stream, AnalysedDocument document, bool indented = false)
    {
        var context = indented ? Indented : Compact;
        JsonSerializer.Serialize(stream, document, context.AnalysedDocument);
    }

    /// <summary>Writes one document as a JSON object to a writer.</summary>
    public static void Write(Utf8JsonWriter writer, AnalysedDocument document)
    {
        JsonSerializer.Serialize(writer, document, Compact.AnalysedDocument);
    }

    /// <summary>One document as a JSON string.</summary>
    public static string ToJson(AnalysedDocument document, bool indented = false) =>
        JsonSerializer.Serialize(document, (indented ? Indented : Compact).AnalysedDocument);

    /// <summary>Reads a document written by <see cref="Write(Stream, AnalysedDocument, bool)"/>.</summary>
    public static AnalysedDocument? Read(string json) => JsonSerializer.Deserialize(json, Compact.AnalysedDocument);
}
