namespace Readout.Knowledge.Building.Sources;

/// <summary>One code of a Phoenix/TABARI actor entry, with its date restriction.</summary>
/// <param name="Code">The CAMEO actor code as written.</param>
/// <param name="Start">From this day (<c>&gt;date</c> or the first date of a range), or null.</param>
/// <param name="End">Until this day (<c>&lt;date</c> or the second date of a range), or null.</param>
internal sealed record PhoenixCode(string Code, DateOnly? Start, DateOnly? End)
{
    /// <summary>True when the code has a date restriction.</summary>
    public bool IsDated => Start is not null || End is not null;
}
