namespace Readout.Knowledge.Places;

/// <summary>Where a place is: GeoNames coordinates, population and identifiers.</summary>
/// <param name="Latitude">WGS84 latitude in degrees.</param>
/// <param name="Longitude">WGS84 longitude in degrees.</param>
/// <param name="Population">The population GeoNames gives, or 0 when unknown (regions).</param>
/// <param name="GeoNamesId">The GeoNames id.</param>
/// <param name="FeatureCode">The GeoNames feature code (<c>PPLC</c> capital, <c>PPLA</c> regional seat, <c>ADM1</c> region…).</param>
/// <param name="Region">The first-level region's name, or null.</param>
/// <param name="IsApproximate">
/// True when the coordinates are estimated (a region's centre is the population-weighted mean of its cities; GeoNames'
/// region file gives no coordinates).
/// </param>
public sealed record GeoLocation(
    double Latitude,
    double Longitude,
    long Population,
    long GeoNamesId,
    string FeatureCode,
    string? Region,
    bool IsApproximate = false);
