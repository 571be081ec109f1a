namespace Readout.Knowledge.Building.Sources;

/// <summary>One dated office from CountryInfo.txt's Leaders or Government sections.</summary>
/// <param name="Names">The person's names ("MAHMOUD AHMADINEJAD"; several for "{A}{B}" lines).</param>
/// <param name="Code">The CAMEO actor code (Leaders: the country's GOV code).</param>
/// <param name="Title">The office as the file words it ("Presidents", "Minister of Foreign Affairs").</param>
/// <param name="Start">The first day, or null.</param>
/// <param name="End">The last day, or null when the holder was in office at the file's last update.</param>
/// <param name="StartApproximate">True for Government lines marked "&lt;date": in office when coding began (January 2003).</param>
internal sealed record CountryInfoRole(List<string> Names, string Code, string Title, DateOnly? Start, DateOnly? End, bool StartApproximate);
