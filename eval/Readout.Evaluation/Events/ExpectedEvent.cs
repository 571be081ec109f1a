namespace Readout.Evaluation.Events;

/// <summary>One event a worked-example article should yield.</summary>
/// <param name="Source">The source's actor code (<c>IRNGOV</c>).</param>
/// <param name="Target">The target's actor code.</param>
/// <param name="Codes">The CAMEO code, then the other defensible ones.</param>
/// <param name="Evidence">The words the event is read from.</param>
public sealed record ExpectedEvent(string Source, string Target, IReadOnlyList<string> Codes, string Evidence);
