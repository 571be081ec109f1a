namespace Readout.Ingest.Jsonl;

/// <summary>One line of a JSON Lines input, without its line break.</summary>
/// <param name="Number">The line number, from 1.</param>
/// <param name="Bytes">The line's bytes, or empty when it was too long to keep.</param>
/// <param name="Length">The line's length in bytes (also when it was too long to keep).</param>
/// <param name="TooLong">True when the line passed the reader's limit and was skipped.</param>
public readonly record struct JsonlLine(long Number, byte[] Bytes, long Length, bool TooLong);
