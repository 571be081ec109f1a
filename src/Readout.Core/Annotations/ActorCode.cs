namespace Readout.Core.Annotations;

/// <summary>A CAMEO-style actor code: a country (ISO 3166 alpha-3 or an IGO code) and a role.</summary>
/// <param name="Code">The full code, e.g. <c>IRNGOV</c>, <c>USA</c>, <c>IGOUNO</c>, <c>IMGMOSISI</c>.</param>
/// <param name="Country">The country part (alpha-3), or null for actors with no country.</param>
/// <param name="Role">The role part (<c>GOV</c>, <c>MIL</c>, <c>OPP</c>…), or null for a state as a whole.</param>
public sealed record ActorCode(string Code, string? Country, string? Role);
