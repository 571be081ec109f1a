using Readout.Knowledge.Actors;
using Readout.Knowledge.Building.Sources;

namespace Readout.Knowledge.Building;

/// <summary>Sorts Phoenix dictionary entries into countries, people and organisations, and reads their codes.</summary>
internal static class PhoenixBlocks
{
    private static readonly HashSet<string> InstitutionalWords = new(StringComparer.Ordinal)
    {
        "forces", "force", "army", "navy", "ministry", "government", "council", "party", "front", "movement", "organization", "organisation",
        "union", "league", "agency", "commission", "committee", "bank", "police", "guard", "guards", "service", "office", "department",
        "congress", "senate", "house", "cabinet", "junta", "regime", "republic", "state", "kingdom", "federation", "coalition", "alliance",
        "brigade", "brigades", "group", "network", "association", "institute", "university", "news", "radio", "television", "court",
        "assembly", "parliament", "authority", "corporation", "company", "fund", "program", "programme", "foundation", "society", "center",
        "centre", "mission", "embassy", "national", "international", "united", "tribe", "tribes", "militia", "rebels", "opposition",
        "people", "peoples", "students", "workers", "club", "church", "democratic", "liberation", "revolutionary", "administration",
        "secretariat", "board", "bureau", "directorate", "command", "corps", "unit", "division", "battalion", "regiment", "cell", "cells",
        "faction", "wing", "camp", "loyalists", "supporters", "official", "officials", "spokesman", "spokesperson", "troops", "soldiers",
        "leadership", "family", "clan", "islamic", "muslim", "christian", "times", "post", "daily", "agency", "media", "airlines", "inc", "ltd",
    };

    /// <summary>The country an entry of the countries file stands for, when one of its codes is a bare country code.</summary>
    public static EntryDraft? CountryOf(PhoenixActor actor, ImportContext context)
    {
        foreach (var code in actor.Codes)
        {
            if (code.Code.Length == 3 && context.Country(code.Code) is { } country)
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>True for entries that are people: CountryInfo and IGO-ruler entries, and dated entries with a person's name.</summary>
    public static bool IsPerson(PhoenixActor actor)
    {
        if (actor.Comment.Contains("CountryInfo.txt", StringComparison.Ordinal) || actor.Comment.Contains("IGOrulers", StringComparison.Ordinal))
        {
            return true;
        }

        return actor.Codes.Any(c => c.IsDated) && LooksLikePersonName(actor.Phrases[0]);
    }

    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "president", "minister", "secretary", "ambassador", "envoy", "chief", "leader", "spokesman", "spokeswoman", "general", "commander",
        "king", "queen", "premier", "chancellor", "governor", "mayor", "senator", "judge", "adviser", "advisor", "director", "chairman",
        "representative", "delegate", "negotiator", "diplomat", "officer", "head", "deputy", "counsel", "prosecutor", "envoys",
    };

    /// <summary>
    /// Two to five words, none of them institutional, not ending in a title, no digits: "MAHMOUD AHMADINEJAD", not
    /// "SUPREME COUNCIL OF IRAN" or "AMERICAN VICE PRESIDENT".
    /// </summary>
    public static bool LooksLikePersonName(string text)
    {
        var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('\'', '.', ',')).ToArray();
        return words.Length is >= 2 and <= 5 && !TitleWords.Contains(words[^1])
            && !words.Any(w => InstitutionalWords.Contains(w) || w.Any(char.IsDigit));
    }

    /// <summary>True when a synonym names the person and not their office or camp ("ASSAD REGIME", "SYRIA'S GOVERNMENT").</summary>
    public static bool IsPersonAlias(string text) =>
        !text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => InstitutionalWords.Contains(w.Trim('\'', '.', ',')));

    /// <summary>The entry's code when no date restriction applies: its undated code, else its latest dated code.</summary>
    public static string? DefaultCode(PhoenixActor actor)
    {
        var undated = actor.Codes.FirstOrDefault(c => !c.IsDated);
        var code = undated?.Code ?? actor.Codes.OrderBy(c => c.Start ?? DateOnly.MinValue).LastOrDefault()?.Code;
        return code is null ? null : ActorCodes.Normalize(code);
    }

    /// <summary>The kind of organisation a code implies: IGO…, NGO…, MNC…, IMG…, else by the role after the country.</summary>
    public static EntryKind KindOf(string code)
    {
        if (code.StartsWith("IGO", StringComparison.Ordinal))
        {
            return EntryKind.InternationalOrganization;
        }

        if (code.StartsWith("NGO", StringComparison.Ordinal))
        {
            return EntryKind.NonGovernmentalOrganization;
        }

        if (code.StartsWith("MNC", StringComparison.Ordinal))
        {
            return EntryKind.Company;
        }

        if (code.StartsWith("IMG", StringComparison.Ordinal))
        {
            return EntryKind.ArmedGroup;
        }

        var role = code.Length > 3 ? code[3..] : string.Empty;
        return role.Length < 3 ? EntryKind.Institution : role[..3] switch
        {
            "REB" or "INS" or "UAF" or "SEP" => EntryKind.ArmedGroup,
            "OPP" or "PTY" or "ELI" => EntryKind.PoliticalGroup,
            "BUS" => EntryKind.Company,
            "MED" or "NGO" or "HRI" or "EDU" or "REL" or "LAB" or "CVL" or "REF" or "HLH" or "DEV" or "ENV" or "AGR" or "MOS" or "MUS" or "CHR" or "JEW" => EntryKind.NonGovernmentalOrganization,
            _ => EntryKind.Institution,
        };
    }
}
