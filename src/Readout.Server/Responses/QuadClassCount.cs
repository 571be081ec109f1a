namespace Readout.Server.Responses;

/// <summary>The events of one QuadClass in one month.</summary>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="Events">How many.</param>
/// <param name="Goldstein">Their mean Goldstein score, or null.</param>
public sealed record QuadClassCount(int QuadClass, long Events, double? Goldstein);
