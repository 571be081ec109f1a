using Readout.Extraction.Events.Patterns;

namespace Readout.Extraction.Events.Dictionaries;

/// <summary>A named set of interchangeable phrases used in patterns (<c>&amp;CURRENCY</c>: dollars, euros…).</summary>
/// <param name="Name">The name, with its ampersand.</param>
/// <param name="Items">Each phrase as a short sequence of pattern elements (usually one word element).</param>
public sealed record Synset(string Name, IReadOnlyList<PatternElement[]> Items);
