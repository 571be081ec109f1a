namespace Readout.Distribution.Publishing;

/// <summary>Where a publish stands.</summary>
/// <param name="Run">The run.</param>
/// <param name="Published">Documents published and confirmed by the broker.</param>
/// <param name="Skipped">Documents not published: already stored by this pipeline version, or repeated in the inputs.</param>
/// <param name="Failed">Inputs that could not be read (each recorded in the failure log).</param>
/// <param name="InputPosition">Bytes of the inputs read so far.</param>
/// <param name="Elapsed">Time since the publish started.</param>
public readonly record struct PublishProgress(string Run, long Published, long Skipped, long Failed, long InputPosition, TimeSpan Elapsed)
{
    /// <summary>Documents dealt with.</summary>
    public long Done => Published + Skipped + Failed;

    /// <summary>Documents dealt with per second.</summary>
    public double DocumentsPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Done / Elapsed.TotalSeconds;
}
