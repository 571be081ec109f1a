namespace Readout.Knowledge.Building.Sources;

/// <summary>One entry of a Phoenix/TABARI actor dictionary: its phrases (primary first) and codes.</summary>
/// <param name="Phrases">The primary phrase(s) and synonyms, as readable text ("MAHMOUD AHMADINEJAD").</param>
/// <param name="Codes">Default and date-restricted codes.</param>
/// <param name="Comment">The first comment on the entry's lines ("CountryInfo.txt"), or empty.</param>
/// <param name="Line">The line number of the first phrase, for messages.</param>
internal sealed record PhoenixActor(List<string> Phrases, List<PhoenixCode> Codes, string Comment, int Line);
