namespace Readout.Cli.Output;

/// <summary>How query results are written.</summary>
internal enum ResultFormat
{
    /// <summary>A table for people.</summary>
    Table,

    /// <summary>Comma-separated values with a header (RFC 4180 quoting).</summary>
    Csv,

    /// <summary>One JSON object per row.</summary>
    Jsonl,

    /// <summary>An Apache Parquet file (needs --output).</summary>
    Parquet,
}
