namespace Readout.Server.Responses;

/// <summary>An actor at the other end of some events.</summary>
/// <param name="Code">Its CAMEO code, or null.</param>
/// <param name="Name">Its name as the events give it.</param>
/// <param name="Events">How many events.</param>
/// <param name="Goldstein">The mean Goldstein score of those events, or null.</param>
/// <param name="Last">The latest event's date, or null.</param>
public sealed record Counterpart(string? Code, string Name, int Events, double? Goldstein, string? Last);
