namespace Readout.Knowledge.Building.Sources;

/// <summary>One row of GeoNames cities15000 (CC BY 4.0).</summary>
internal sealed record GeoNamesPlace(
    long Id,
    string Name,
    string AsciiName,
    string[] AlternateNames,
    double Latitude,
    double Longitude,
    string FeatureCode,
    string CountryCode,
    string Admin1,
    long Population);
