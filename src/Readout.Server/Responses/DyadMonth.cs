namespace Readout.Server.Responses;

/// <summary>One month of a dyad timeline.</summary>
/// <param name="Month">YYYY-MM.</param>
/// <param name="Events">Events in the month.</param>
/// <param name="Goldstein">The mean Goldstein score of the month's scored events, or null.</param>
/// <param name="QuadClasses">Events and mean Goldstein per QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).</param>
/// <param name="Stories">With dedup: events counted once per story.</param>
public sealed record DyadMonth(string Month, long Events, double? Goldstein, IReadOnlyList<QuadClassCount> QuadClasses, long? Stories);
