namespace Readout.Extraction.Events.Patterns;

/// <summary>A dictionary verb found at a token: the entry and the tokens its (possibly multiword) form covers.</summary>
/// <param name="Entry">The verb entry.</param>
/// <param name="First">The form's first sentence-local token.</param>
/// <param name="End">One past its last token.</param>
/// <param name="Particle">A particle of the form separated from the verb ("cordoned the roads off"), or -1.</param>
internal readonly record struct VerbHit(int Entry, int First, int End, int Particle = -1);
