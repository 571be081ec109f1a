namespace Readout.Ingest.Text;

/// <summary>Text read from an input, with what the reader learned about it.</summary>
/// <param name="Text">The decoded text, exactly as in the input (byte-order mark removed).</param>
/// <param name="Source">The path, URL or "-" it came from.</param>
/// <param name="Encoding">The name of the encoding it was decoded with.</param>
public sealed record SourceText(string Text, string Source, string Encoding);
