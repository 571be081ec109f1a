namespace Readout.Knowledge.Actors;

/// <summary>A title or role word and the CAMEO role it implies ("foreign minister" → GOV, ForeignMinister; "troops" → MIL).</summary>
/// <param name="Phrase">The normalised phrase ("foreign minister").</param>
/// <param name="RoleCode">The role code appended to a country code (<c>GOV</c>, <c>MIL</c>, <c>GOVMIL</c>, <c>REB</c>…), or null for an honorific with no role ("mr", "martyr").</param>
/// <param name="Office">The office the title names, or <see cref="Office.Unknown"/>.</param>
public sealed record Title(string Phrase, string? RoleCode, Office Office);
