using Readout.Storage.Ingestion;

namespace Readout.Cli.Output;

/// <summary>The wording of ingest progress, shared by the terminal and plain reporters.</summary>
internal static class IngestText
{
    public static string Counts(IngestProgress progress) =>
        $"{progress.Ingested + progress.Replaced:N0} ingested, {progress.Duplicates:N0} duplicates, {progress.Failed:N0} failed";

    /// <summary>" · 45% · about 0:01:20 left", or nothing when the total is unknown.</summary>
    public static string Remaining(IngestProgress progress, long totalBytes)
    {
        if (totalBytes <= 0 || progress.InputPosition <= 0)
        {
            return string.Empty;
        }

        var fraction = Math.Min(1, (double)progress.InputPosition / totalBytes);
        var left = TimeSpan.FromSeconds(progress.Elapsed.TotalSeconds * (1 - fraction) / fraction);
        return $" · {fraction:P0} · about {left:h\\:mm\\:ss} left";
    }
}
