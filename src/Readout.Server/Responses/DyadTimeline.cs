namespace Readout.Server.Responses;

/// <summary>Events between two actors per month, split by QuadClass, with the mean Goldstein score.</summary>
/// <param name="A">The first actor.</param>
/// <param name="B">The second actor.</param>
/// <param name="Directed">True when only A → B events count.</param>
/// <param name="Months">Every month from the first event's to the last's, months without events included.</param>
public sealed record DyadTimeline(string A, string B, bool Directed, IReadOnlyList<DyadMonth> Months);
