using System.Collections.Frozen;

namespace Readout.Extraction.Entities;

/// <summary>
/// The familiar forms of English given names and the names they stand for, so that "Harry" can be Lord Henry Wotton,
/// "Jack Durbeyfield" John Durbeyfield and "Lizzy" Elizabeth Bennet. A fact list compiled by the project; a form that
/// stands for several names lists them all, and coreference joins only when one person in view fits.
/// </summary>
internal static class Hypocorisms
{
    private static readonly FrozenDictionary<string, string[]> Formal = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["harry"] = ["henry", "harold"], ["hal"] = ["henry"], ["jack"] = ["john"], ["johnny"] = ["john"], ["bill"] = ["william"],
        ["billy"] = ["william"], ["will"] = ["william"], ["willie"] = ["william"], ["bob"] = ["robert"], ["bobby"] = ["robert"],
        ["rob"] = ["robert"], ["dick"] = ["richard"], ["rick"] = ["richard"], ["tom"] = ["thomas"], ["tommy"] = ["thomas"],
        ["ned"] = ["edward", "edmund"], ["ted"] = ["edward", "theodore"], ["teddy"] = ["edward", "theodore"], ["jim"] = ["james"],
        ["jimmy"] = ["james"], ["jem"] = ["james"], ["joe"] = ["joseph"], ["sam"] = ["samuel"], ["ben"] = ["benjamin"],
        ["charlie"] = ["charles"], ["fred"] = ["frederick", "alfred"], ["freddy"] = ["frederick", "alfred"], ["nick"] = ["nicholas"],
        ["tony"] = ["anthony"], ["mike"] = ["michael"], ["dan"] = ["daniel"], ["danny"] = ["daniel"], ["dave"] = ["david"],
        ["andy"] = ["andrew"], ["steve"] = ["stephen", "steven"], ["pat"] = ["patrick"], ["larry"] = ["lawrence"],
        ["nat"] = ["nathaniel"], ["alf"] = ["alfred"], ["bert"] = ["albert", "herbert"], ["walt"] = ["walter"], ["matt"] = ["matthew"],
        ["phil"] = ["philip"], ["geoff"] = ["geoffrey"], ["greg"] = ["gregory"], ["tim"] = ["timothy"], ["ken"] = ["kenneth"],
        ["ron"] = ["ronald"], ["don"] = ["donald"], ["lizzy"] = ["elizabeth"], ["lizzie"] = ["elizabeth"], ["liz"] = ["elizabeth"],
        ["eliza"] = ["elizabeth"], ["beth"] = ["elizabeth"], ["betsy"] = ["elizabeth"], ["bess"] = ["elizabeth"], ["betty"] = ["elizabeth"],
        ["kitty"] = ["catherine", "katherine"], ["kate"] = ["catherine", "katherine"], ["katie"] = ["catherine", "katherine"],
        ["meg"] = ["margaret"], ["maggie"] = ["margaret"], ["peggy"] = ["margaret"], ["molly"] = ["mary"], ["polly"] = ["mary"],
        ["jenny"] = ["jane", "jennifer"], ["nell"] = ["ellen", "eleanor", "helen"], ["nellie"] = ["ellen", "eleanor", "helen"],
        ["sally"] = ["sarah"], ["sue"] = ["susan"], ["susie"] = ["susan"], ["annie"] = ["anne", "ann", "anna"], ["nancy"] = ["anne", "ann"],
        ["carrie"] = ["caroline"], ["fanny"] = ["frances"], ["jo"] = ["josephine"], ["becky"] = ["rebecca"], ["dolly"] = ["dorothy"],
        ["patty"] = ["martha"], ["abby"] = ["abigail"], ["connie"] = ["constance"], ["tess"] = ["theresa", "teresa"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// True when each of <paramref name="words"/> (lower case) is a word of <paramref name="fullName"/> or a familiar form
    /// of one: "harry" and "haldane" are in "Henry Haldane"; "john" is not in "Suvi Linden".
    /// </summary>
    public static bool AllIn(IEnumerable<string> words, string fullName)
    {
        var names = new HashSet<string>(fullName.ToLowerInvariant().Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        return words.All(word => names.Contains(word) || StandsForOneOf(word, names));
    }

    /// <summary>True when <paramref name="familiar"/> (lower case) is a familiar form of one of <paramref name="names"/>.</summary>
    public static bool StandsForOneOf(string familiar, IReadOnlySet<string> names) =>
        Formal.TryGetValue(familiar, out var formal) && Array.Exists(formal, names.Contains);
}
