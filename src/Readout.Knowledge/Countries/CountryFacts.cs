namespace Readout.Knowledge.Countries;

/// <summary>The codes and forms of a country.</summary>
/// <param name="Alpha2">ISO 3166-1 alpha-2 ("IR").</param>
/// <param name="Alpha3">ISO 3166-1 alpha-3 ("IRN").</param>
/// <param name="CameoCode">The CAMEO country code: alpha-3 except where CAMEO differs (Kosovo <c>KSV</c>).</param>
/// <param name="OfficialName">The long form ("Islamic Republic of Iran"), or null.</param>
/// <param name="Demonym">The usual adjective ("Iranian"), or null.</param>
/// <param name="Capital">The capital's name ("Tehran"), or null.</param>
public sealed record CountryFacts(
    string Alpha2,
    string Alpha3,
    string CameoCode,
    string? OfficialName,
    string? Demonym,
    string? Capital);
