using System.Text;
using Readout.Knowledge.Actors;

namespace Readout.Knowledge.Building;

/// <summary>
/// Reads the office from a title as sources word it ("Presidents", "Minister of Foreign Affairs", "Federal Chancellor
/// of Germany"). The office word must lead the title: "Adviser to the President" is not a president and "Chancellor of
/// the Exchequer" is not a head of government.
/// </summary>
internal static class OfficeClassifier
{
    private static readonly string[] LeadingNoise = ["the ", "acting ", "interim ", "federal ", "provisional ", "transitional "];

    public static Office Classify(string title)
    {
        var t = Clean(title);
        if (t.StartsWith("vice president", StringComparison.Ordinal) || t.StartsWith("first vice president", StringComparison.Ordinal))
        {
            return Office.VicePresident;
        }

        if (Has(t, "adviser", "advisor", "aide", "assistant", "deputy", "vice", "under secretary", "undersecretary", "state minister",
            "minister of state", "spokesman", "spokesperson", "chief of staff to", "head of the presidential", "office of", "former"))
        {
            return Office.Other;
        }

        if (Starts(t, "foreign minister", "foreign secretary", "foreign affairs minister", "external affairs minister")
            || (Starts(t, "minister", "secretary") && Has(t, "foreign affairs", "external affairs", "external relations", "foreign relations", "foreign trade and"))
            || t is "secretary of state" || t.StartsWith("secretary of state for foreign", StringComparison.Ordinal)
            || (Has(t, "secretary of state") && Has(t, "united states")))
        {
            return t.Contains("foreign trade", StringComparison.Ordinal) && !t.Contains("foreign affairs", StringComparison.Ordinal) ? Office.Minister : Office.ForeignMinister;
        }

        if (Starts(t, "defense minister", "defence minister") || (Starts(t, "minister", "secretary") && Has(t, "defense", "defence")))
        {
            return Office.DefenseMinister;
        }

        if (Starts(t, "supreme leader", "leader of the revolution", "leader of the islamic revolution"))
        {
            return Office.SupremeLeader;
        }

        if (Starts(t, "governor general", "governors general"))
        {
            return Office.GovernorGeneral;
        }

        if ((Starts(t, "prime minister", "premier", "taoiseach", "chief minister", "head of government", "heads of government",
                "chairman of the council of ministers", "chairmen of the council of ministers", "president of the government", "president of the council of ministers")
                || (Starts(t, "chancellor") && !t.StartsWith("chancellor of", StringComparison.Ordinal)))
            && !Has(t, "of the state of", "of the province"))
        {
            return Office.PrimeMinister;
        }

        if (Starts(t, "secretary general", "director general", "managing director", "high commissioner", "executive director"))
        {
            return Office.OrganizationHead;
        }

        if (Has(t, "assembly", "parliament", "speaker", "congress", "senate", "majles", "majlis", "legislat", "house of"))
        {
            return Office.Legislator;
        }

        if (Starts(t, "president"))
        {
            return Has(t, "presidency", "council", "board", "court", "bank", "commission", "committee", "union", "party", "league", "front", "senate", "chamber")
                ? Office.OtherHeadOfState.When(Has(t, "presidency", "presidential council", "revolutionary council", "state council", "council of state"))
                : Office.President;
        }

        if (Starts(t, "chairman", "captain regent", "head of state", "heads of state", "co prince", "revolutionary junta", "junta"))
        {
            return Office.OtherHeadOfState;
        }

        if (Starts(t, "king", "queen", "emir", "amir", "sultan", "shah", "emperor", "monarch", "prince", "princes", "sovereign prince", "grand duke",
            "druk gyalpo", "yang di pertuan agong", "ngwenyama", "pope", "ruler", "o le ao o le malo"))
        {
            return Office.Monarch;
        }

        if (Has(t, "co prince"))
        {
            return Office.OtherHeadOfState;
        }

        if (Starts(t, "ambassador", "permanent representative"))
        {
            return Office.Ambassador;
        }

        if (Starts(t, "minister", "secretary of", "secretary for", "secretary"))
        {
            return Office.Minister;
        }

        return Has(t, "general", "commander", "military leader", "marshal") ? Office.MilitaryCommander : Office.Other;
    }

    /// <summary>The singular of a plural section name: "Prime ministers" → "Prime minister", "Chairmen of the council" → "Chairman of the council".</summary>
    public static string Singular(string title)
    {
        var words = title.Split(' ');
        for (var i = 0; i < words.Length && words[i] != "of"; i++)
        {
            var word = words[i];
            var singular = word.EndsWith("men", StringComparison.OrdinalIgnoreCase) ? word[..^3] + "man"
                : word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? word[..^3] + "y"
                : word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) ? word
                : word.EndsWith('s') ? word[..^1] : null;
            if (singular is not null)
            {
                words[i] = singular;
                return string.Join(' ', words);
            }
        }

        return title;
    }

    private static Office When(this Office office, bool condition) => condition ? office : Office.Other;

    /// <summary>Lower case, letters and spaces only, without "the", "acting", "federal" at the front.</summary>
    private static string Clean(string title)
    {
        var text = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            text.Append(char.IsLetter(c) ? c : ' ');
        }

        var cleaned = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var noise in LeadingNoise)
            {
                if (cleaned.StartsWith(noise, StringComparison.Ordinal))
                {
                    cleaned = cleaned[noise.Length..];
                    stripped = true;
                }
            }
        }

        return cleaned;
    }

    private static bool Starts(string cleaned, params string[] words)
    {
        foreach (var word in words)
        {
            if (cleaned == word || cleaned.StartsWith(word + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Has(string cleaned, params string[] words)
    {
        var padded = " " + cleaned + " ";
        foreach (var word in words)
        {
            if (padded.Contains(" " + word + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
