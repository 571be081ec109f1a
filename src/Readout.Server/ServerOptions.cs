using Microsoft.Extensions.Logging;
using Readout.Core.Processing;
using Readout.Storage;

namespace Readout.Server;

/// <summary>How <c>readout serve</c> runs: where it listens, which database it reads, what it lets callers do.</summary>
public sealed record ServerOptions
{
    /// <summary>The default port.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The default request-body limit: 4 MiB, far above any article and far below what would strain the server.</summary>
    public const long DefaultMaxRequestBytes = 4L * 1024 * 1024;

    /// <summary>The <c>--db</c> value: a SQLite file or a PostgreSQL URL or connection string.</summary>
    public string Database { get; init; } = DocumentStores.DefaultPath;

    /// <summary>The address to listen on; loopback unless the operator chooses otherwise.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Whether <c>POST /api/extract</c> analyses text (it writes nothing).</summary>
    public bool ExtractEnabled { get; init; } = true;

    /// <summary>Whether <c>POST /api/ingest</c> analyses and stores text: the only endpoint that writes.</summary>
    public bool IngestEnabled { get; init; } = true;

    /// <summary>The largest request body accepted, in bytes; larger requests get 413.</summary>
    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>The most rows a query endpoint returns, whatever its <c>limit</c>.</summary>
    public int MaxRows { get; init; } = 5000;

    /// <summary>The pipeline that analyses posted text; null builds the standard pipeline.</summary>
    public Pipeline? Pipeline { get; init; }

    /// <summary>Where the host's own log goes (the command line adds a console logger); null logs nothing.</summary>
    public Action<ILoggingBuilder>? Logging { get; init; }
}
