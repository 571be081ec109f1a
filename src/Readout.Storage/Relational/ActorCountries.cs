namespace Readout.Storage.Relational;

/// <summary>The country part of a CAMEO actor code, where it has one.</summary>
internal static class ActorCountries
{
    // Codes that start an actor code without a country: organisations, non-state groups and bare roles.
    private static readonly HashSet<string> NonCountryPrefixes = new(StringComparer.Ordinal)
    {
        "IGO", "NGO", "NGM", "IMG", "MNC", "UIS", "UAF", "INT", "REB", "INS", "SPY", "OPP", "GOV", "MIL", "BUS", "CVL",
        "EDU", "ELI", "HLH", "JUD", "LAB", "LEG", "MED", "REF", "REL", "COP", "CRM", "AGR", "ENV", "PTY", "SEP", "MOD",
        "RAD", "ATH", "BAH", "BUD", "CHR", "HIN", "JAI", "JEW", "MOS", "SHI", "SUN", "TAO", "ZRO", "PPL", "UNK",
    };

    /// <summary>The alpha-3 country at the start of <paramref name="code"/>, or null.</summary>
    public static string? Of(string? code)
    {
        if (code is null || code.Length < 3)
        {
            return null;
        }

        var prefix = code[..3];
        return NonCountryPrefixes.Contains(prefix) || !prefix.All(char.IsAsciiLetterUpper) ? null : prefix;
    }

    /// <summary>The role after the country, or null.</summary>
    public static string? RoleOf(string code) => Of(code) is null ? (code.Length >= 3 ? code[..3] : null) : code.Length >= 6 ? code[3..6] : null;
}
