namespace Readout.Storage.Queries;

/// <summary>A filter over coded events; unset filters match everything.</summary>
/// <remarks>
/// An actor filter is an upper-case country (<c>IRN</c>: any Iranian actor), an upper-case CAMEO code or prefix
/// (<c>IRNGOV</c>, <c>IGO</c>), or a name matched without case (<c>Sergei Lavrov</c>). The date is the event's own
/// date, else its document's publication date.
/// </remarks>
public sealed record EventQuery
{
    /// <summary>Either participant.</summary>
    public string? Actor { get; init; }

    /// <summary>The source (who acted); with <see cref="Target"/> and not <see cref="Directed"/>, either direction of the dyad.</summary>
    public string? Source { get; init; }

    /// <summary>The target (who was acted upon).</summary>
    public string? Target { get; init; }

    /// <summary>When true, a source/target pair matches only in that direction.</summary>
    public bool Directed { get; init; }

    /// <summary>A CAMEO code or prefix (<c>04</c> = all consultations).</summary>
    public string? Cameo { get; init; }

    /// <summary>A PLOVER type or type:mode prefix (<c>CONSULT</c>).</summary>
    public string? Plover { get; init; }

    /// <summary>The first day included.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day included.</summary>
    public DateOnly? To { get; init; }

    /// <summary>An ISO alpha-3 country: either participant's country or the event's location.</summary>
    public string? Country { get; init; }

    /// <summary>Summarise per day, month or year and dyad instead of listing events.</summary>
    public TimeGrouping GroupBy { get; init; }

    /// <summary>Count an event once per story (near-duplicate documents count once).</summary>
    public bool Deduplicate { get; init; }

    /// <summary>With <see cref="GroupBy"/>: split each period by QuadClass instead of by dyad.</summary>
    public bool ByQuadClass { get; init; }

    /// <summary>When listing: add the document's id (content hash), the evidence offsets, the QuadClass and the event's local id.</summary>
    public bool WithDocument { get; init; }

    /// <summary>The most rows returned.</summary>
    public int Limit { get; init; } = 1000;
}
