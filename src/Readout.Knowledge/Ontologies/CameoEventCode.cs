namespace Readout.Knowledge.Ontologies;

/// <summary>A CAMEO event code with its Goldstein score, QuadClass and PLOVER equivalent.</summary>
/// <param name="Code">The code with leading zeros ("010", "0211", "112").</param>
/// <param name="Name">The code's description ("Make statement, not specified below").</param>
/// <param name="Goldstein">The Goldstein conflict–cooperation score, −10 to +10.</param>
/// <param name="QuadClass">The QuadClass of the code's root.</param>
/// <param name="PloverEvent">The PLOVER event type ("CONSULT", "ACCUSE"), or null where PLOVER has none (roots 01, 02).</param>
/// <param name="PloverMode">The PLOVER mode ("visit", "disapprove"), or null.</param>
/// <param name="PloverContext">The PLOVER context ("diplomatic", "military"), or null.</param>
public sealed record CameoEventCode(
    string Code,
    string Name,
    double Goldstein,
    QuadClass QuadClass,
    string? PloverEvent,
    string? PloverMode,
    string? PloverContext)
{
    /// <summary>The two-digit root code ("11" for "112").</summary>
    public string RootCode => Code[..2];

    /// <summary>True for a root code ("01" … "20").</summary>
    public bool IsRoot => Code.Length == 2;
}
