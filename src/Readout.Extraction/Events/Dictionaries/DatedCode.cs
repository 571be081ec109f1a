namespace Readout.Extraction.Events.Dictionaries;

/// <summary>An actor code that applies between two dates (PETRARCH's <c>[HOBGOV 19950601 - 19990815]</c>).</summary>
/// <param name="Code">The actor code; <c>---</c> stands for a deliberately null actor.</param>
/// <param name="From">The first day it applies, or null for "always before <paramref name="Until"/>".</param>
/// <param name="Until">The last day it applies, or null for "from <paramref name="From"/> on".</param>
/// <remarks>Both limits are inclusive, as PETRARCH documents them ("interpreted as 'or equal to'").</remarks>
public sealed record DatedCode(string Code, DateOnly? From, DateOnly? Until)
{
    /// <summary>True when the code applies on <paramref name="date"/>.</summary>
    public bool AppliesOn(DateOnly date) => (From is not { } from || date >= from) && (Until is not { } until || date <= until);
}
