namespace Readout.Distribution.Messages;

/// <summary>What a <see cref="RunEvent"/> reports.</summary>
public enum RunEventKind
{
    /// <summary>The publisher started a run.</summary>
    Started,

    /// <summary>The publisher published <see cref="RunEvent.Count"/> more documents (and skipped <see cref="RunEvent.Skipped"/>).</summary>
    Published,

    /// <summary>The publisher has listed every input: the run's total is known.</summary>
    Finished,

    /// <summary>A worker analysed, stored and acknowledged <see cref="RunEvent.Count"/> more documents.</summary>
    Done,
}
