namespace Readout.Storage.Queries;

/// <summary>How an event query is summarised over time.</summary>
public enum TimeGrouping
{
    /// <summary>No summary: one row per event.</summary>
    None,

    /// <summary>Counts per day and dyad.</summary>
    Day,

    /// <summary>Counts per month and dyad.</summary>
    Month,

    /// <summary>Counts per year and dyad.</summary>
    Year,
}
