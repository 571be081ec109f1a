namespace Readout.Knowledge.Building.Sources;

/// <summary>One country block of CountryInfo.txt (CC BY-SA 3.0): codes, nationality forms and capitals.</summary>
/// <remarks>
/// The file's ISO alpha-3 field has typos (Guatemala "GLP", Guinea "PNG", Myanmar "MOZ"), so its CAMEO code comes first;
/// see <see cref="CodeIn"/>.
/// </remarks>
internal sealed record CountryInfoCountry(
    string CameoCode,
    string Name,
    string? Alpha2,
    string? Alpha3,
    List<string> Nationality,
    List<string> Capitals,
    List<CountryInfoRole> Roles)
{
    /// <summary>
    /// The country code this block stands for, among <paramref name="known"/> codes: its CAMEO code when that is a plain
    /// three-letter code, the current code of a dated one ("[YUGBIH &lt;20911024][BIH &gt;20030101]" → BIH), else its
    /// ISO alpha-3 (territories: "USAGUM" → GUM). Null when none is known.
    /// </summary>
    public string? CodeIn(Func<string, bool> known)
    {
        if (CameoCode.Length == 3 && known(CameoCode))
        {
            return CameoCode;
        }

        if (CameoCode.StartsWith('['))
        {
            var current = CameoCode.Split('[', StringSplitOptions.RemoveEmptyEntries)
                .Select(part => part.Split([' ', ']'], StringSplitOptions.RemoveEmptyEntries)[0])
                .LastOrDefault(code => code.Length == 3 && known(code));
            if (current is not null)
            {
                return current;
            }
        }

        return Alpha3 is not null && known(Alpha3) ? Alpha3 : null;
    }
}
