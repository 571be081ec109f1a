using Readout.Core.Annotations;

namespace Readout.Extraction.Locations;

/// <summary>A place a sentence names where something happens ("in Tehran", "at the border").</summary>
/// <param name="First">The first sentence-local token of the mention.</param>
/// <param name="Last">Its last token.</param>
/// <param name="Anchor">The token the locative phrase attaches to.</param>
/// <param name="Place">The place, with its country and coordinates when the gazetteer knows it.</param>
public sealed record NamedPlace(int First, int Last, int Anchor, Place Place);
