namespace Readout.Knowledge.Building.Sources;

/// <summary>One country block of CountryInfo.txt (CC BY-SA 3.0): codes, nationality forms and capitals.</summary>
internal sealed record CountryInfoCountry(
    string CameoCode,
    string Name,
    string? Alpha2,
    string? Alpha3,
    List<string> Nationality,
    List<string> Capitals,
    List<CountryInfoRole> Roles);
