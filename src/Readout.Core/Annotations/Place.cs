namespace Readout.Core.Annotations;

/// <summary>A named place, linked to the gazetteer where possible.</summary>
/// <param name="Name">The place's name.</param>
/// <param name="Country">ISO 3166 alpha-3 country code, or null.</param>
/// <param name="Latitude">WGS84 latitude, or null.</param>
/// <param name="Longitude">WGS84 longitude, or null.</param>
/// <param name="GeoNamesId">The GeoNames id, or null.</param>
public sealed record Place(string Name, string? Country, double? Latitude, double? Longitude, long? GeoNamesId = null);
