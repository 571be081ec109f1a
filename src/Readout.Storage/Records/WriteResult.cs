namespace Readout.Storage.Records;

/// <summary>What a batch write did.</summary>
/// <param name="Inserted">Documents new to the store.</param>
/// <param name="Replaced">Documents already stored by an older pipeline version, re-analysed and replaced.</param>
/// <param name="NearDuplicateLinks">Near-duplicate pairs found and linked.</param>
public readonly record struct WriteResult(int Inserted, int Replaced, int NearDuplicateLinks)
{
    /// <summary>Adds two results.</summary>
    public static WriteResult operator +(WriteResult a, WriteResult b) =>
        new(a.Inserted + b.Inserted, a.Replaced + b.Replaced, a.NearDuplicateLinks + b.NearDuplicateLinks);
}
