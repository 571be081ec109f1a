namespace Readout.Storage.Relational;

/// <summary>What writing one document did.</summary>
internal enum WriteOutcome
{
    /// <summary>The text was new to the store.</summary>
    Inserted,

    /// <summary>An older pipeline version's analysis of the text was replaced.</summary>
    Replaced,

    /// <summary>The identical analysis was already stored; nothing was written.</summary>
    Unchanged,
}
