namespace Readout.Storage.Records;

/// <summary>What a batch write did.</summary>
/// <param name="Inserted">Documents new to the store.</param>
/// <param name="Replaced">Documents already stored by an older pipeline version, re-analysed and replaced.</param>
/// <param name="NearDuplicateLinks">Near-duplicate pairs found and linked.</param>
/// <param name="Unchanged">Documents whose identical analysis was already stored (a redelivery, or another writer was first): left as they were.</param>
public readonly record struct WriteResult(int Inserted, int Replaced, int NearDuplicateLinks, int Unchanged = 0)
{
    /// <summary>Adds two results.</summary>
    public static WriteResult operator +(WriteResult a, WriteResult b) =>
        new(a.Inserted + b.Inserted, a.Replaced + b.Replaced, a.NearDuplicateLinks + b.NearDuplicateLinks, a.Unchanged + b.Unchanged);
}
