namespace Readout.Core.Errors;

/// <summary>Every error code Readout reports, in one place. docs/errors.md mirrors this list.</summary>
public static class ErrorCodes
{
    // RO1xxx: pipeline, configuration and models.

    /// <summary>A component needs a layer that no earlier component produces.</summary>
    public static readonly ErrorCode MissingRequirement = new("RO1001", "missing requirement");

    /// <summary>Two components with the same name were added to one pipeline.</summary>
    public static readonly ErrorCode DuplicateComponent = new("RO1002", "duplicate component");

    /// <summary>An option or configuration key is not known.</summary>
    public static readonly ErrorCode UnknownOption = new("RO1003", "unknown option");

    /// <summary>A model or knowledge file that a component needs is not installed.</summary>
    public static readonly ErrorCode ModelMissing = new("RO1004", "model missing");

    /// <summary>A model or knowledge file exists but cannot be read or fails its checksum.</summary>
    public static readonly ErrorCode ModelCorrupt = new("RO1005", "model corrupt");

    /// <summary>An option value is out of range or malformed.</summary>
    public static readonly ErrorCode InvalidOption = new("RO1006", "invalid option value");

    // RO2xxx: inputs.

    /// <summary>The input path does not exist.</summary>
    public static readonly ErrorCode InputNotFound = new("RO2001", "input not found");

    /// <summary>The input path is a directory where a file was expected.</summary>
    public static readonly ErrorCode InputIsDirectory = new("RO2002", "input is a directory");

    /// <summary>The input holds no text.</summary>
    public static readonly ErrorCode InputEmpty = new("RO2003", "input is empty");

    /// <summary>The input looks like binary data, not text.</summary>
    public static readonly ErrorCode InputBinary = new("RO2004", "input is binary");

    /// <summary>The input's bytes are not valid in its encoding.</summary>
    public static readonly ErrorCode InputEncoding = new("RO2005", "invalid text encoding");

    /// <summary>The input is larger than the configured limit.</summary>
    public static readonly ErrorCode InputTooLarge = new("RO2006", "input too large");

    /// <summary>The input could not be read (permissions, I/O error).</summary>
    public static readonly ErrorCode InputUnreadable = new("RO2007", "input unreadable");

    /// <summary>The input's format is not one Readout reads.</summary>
    public static readonly ErrorCode InputUnsupported = new("RO2008", "unsupported input format");

    /// <summary>The input is malformed or truncated (HTML with no body, broken feed, truncated archive).</summary>
    public static readonly ErrorCode InputMalformed = new("RO2009", "malformed input");

    /// <summary>An HTML page or feed item holds no article text (an index page, an empty body, a script-only page).</summary>
    public static readonly ErrorCode NoArticleText = new("RO2010", "no article text");

    // RO3xxx: evaluation data and baselines.

    /// <summary>An evaluation data directory or file is missing.</summary>
    public static readonly ErrorCode EvaluationDataMissing = new("RO3001", "evaluation data missing");

    /// <summary>A gold-standard file is malformed.</summary>
    public static readonly ErrorCode EvaluationDataMalformed = new("RO3002", "evaluation data malformed");

    /// <summary>A score fell below its committed baseline.</summary>
    public static readonly ErrorCode BaselineDrop = new("RO3003", "score below baseline");

    // RO4xxx: storage.

    /// <summary>The database cannot be opened or reached (a bad path, a refused connection, bad credentials).</summary>
    public static readonly ErrorCode DatabaseUnavailable = new("RO4001", "database unavailable");

    /// <summary>The --db value is neither a file path, a postgres:// URL nor a PostgreSQL connection string.</summary>
    public static readonly ErrorCode DatabaseAddressInvalid = new("RO4002", "invalid database address");

    /// <summary>The database was written by a newer Readout whose schema this version does not know.</summary>
    public static readonly ErrorCode SchemaTooNew = new("RO4003", "database schema too new");

    /// <summary>A write to the database failed; the batch was rolled back and nothing of it was kept.</summary>
    public static readonly ErrorCode DatabaseWriteFailed = new("RO4004", "database write failed");

    /// <summary>A query's filter is malformed (an unknown column, a bad date, an empty search).</summary>
    public static readonly ErrorCode QueryInvalid = new("RO4005", "invalid query");

    // RO5xxx: message broker (distributed ingest).

    /// <summary>The message broker cannot be reached, refuses the credentials, or the connection to it was lost.</summary>
    public static readonly ErrorCode BrokerUnavailable = new("RO5001", "broker unavailable");

    /// <summary>The --broker value is not an amqp:// or amqps:// URL.</summary>
    public static readonly ErrorCode BrokerAddressInvalid = new("RO5002", "invalid broker address");

    /// <summary>A work message is not a document message this version reads (corrupt, foreign, or from a newer Readout).</summary>
    public static readonly ErrorCode MessageMalformed = new("RO5003", "malformed message");

    /// <summary>The broker dead-lettered a document delivered too many times without being acknowledged (workers died on it).</summary>
    public static readonly ErrorCode DeliveryLimitReached = new("RO5004", "delivery limit reached");

    /// <summary>The broker refused a message (a negative publisher confirm, or no queue to route it to).</summary>
    public static readonly ErrorCode BrokerRefused = new("RO5005", "message refused by the broker");

    // RO9xxx: internal.

    /// <summary>An unexpected failure inside a component while analysing one document.</summary>
    public static readonly ErrorCode AnalysisFailed = new("RO9001", "analysis failed");
}
