namespace Readout.Ingest.Inputs;

/// <summary>The kinds of input Readout reads.</summary>
public enum InputFormat
{
    /// <summary>Plain text: the whole file is one document.</summary>
    Text,

    /// <summary>An HTML page: the article body is extracted.</summary>
    Html,

    /// <summary>An RSS or Atom feed: one document per item.</summary>
    Feed,

    /// <summary>A WARC crawl: one document per HTML response record.</summary>
    Warc,

    /// <summary>JSON Lines with id, title, text, date and source: one document per line.</summary>
    Jsonl,
}
