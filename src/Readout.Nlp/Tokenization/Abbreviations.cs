using System.Collections.Frozen;

namespace Readout.Nlp.Tokenization;

/// <summary>English abbreviations that keep their period, and how they behave at a sentence boundary.</summary>
internal static class Abbreviations
{
    // Titles and month names precede a name or a number: a period after them never ends a sentence.
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr",
        "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Pres", "Supt", "Det",
        "Insp", "Amb", "Fr", "Msgr", "St", "Ste", "Mt", "Ft", "Gens", "Cmdt", "Sec", "Atty", "Asst", "Assoc", "Dist", "Rt",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "vs", "v", "cf", "viz", "approx", "ca", "Fig", "fig", "Figs", "pp", "Vol", "vol", "Ch", "ch", "Eq", "eq", "Ref", "ref",
    ]);

    // These keep their period but may close a sentence ("… in Smith Corp. The next day …").
    private static readonly FrozenSet<string> Others = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Jr", "Sr", "Inc", "Ltd", "Corp", "Co", "Cos", "Bros", "Plc", "Pty", "Assn", "Dept", "Depts", "Univ", "Inst", "Intl",
        "Ave", "Blvd", "Rd", "Ln", "Ct", "Pl", "Sq", "Hwy", "Esq", "Ph", "etc", "al", "et", "est", "incl", "misc", "yr", "yrs",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash",
        "Wis", "Wyo", "Mass", "Ont", "Que", "Alta",
        "dept", "govt", "mins", "hrs", "approx", "int'l", "ed", "eds", "nr", "tel", "Tel", "ext", "Ext",
    ]);

    // "No. 10", "Nos. 3 and 4", "Art. 5": abbreviations only before a number.
    private static readonly FrozenSet<string> BeforeNumbers = FrozenSet.Create(StringComparer.Ordinal,
    [
        "No", "Nos", "no", "nos", "Art", "art", "Para", "para", "Sec", "sec", "Vol", "vol", "p", "pp", "Ch", "Fig", "Op", "op",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup = Others.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup = BeforeNumbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its period) is a title or month abbreviation.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);

    /// <summary>True when <paramref name="word"/> keeps its period, given whether a number follows.</summary>
    public static bool KeepsPeriod(ReadOnlySpan<char> word, bool numberFollows) =>
        TitleLookup.Contains(word) || OtherLookup.Contains(word) || (numberFollows && BeforeNumberLookup.Contains(word));
}
