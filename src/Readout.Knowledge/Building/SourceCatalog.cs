using System.Text.RegularExpressions;

namespace Readout.Knowledge.Building;

/// <summary>Describes each source folder for the manifest and NOTICE: origin and commit or version from its SOURCE.md, and its licence.</summary>
internal static partial class SourceCatalog
{
    /// <summary>The source folders the build reads, with the licence under which their facts are used.</summary>
    public static readonly (string Folder, string Licence)[] Folders =
    [
        ("kb/iso-codes", "LGPL-2.1-or-later"),
        ("kb/geonames", "CC BY 4.0"),
        ("kb/countries-list", "MIT"),
        ("kb/demonyms", "MIT (Mordecai, i18n-nationality); CC BY-SA (CLIFF's Wikipedia list)"),
        ("kb/phoenix", "MIT"),
        ("kb/ucdp-actor", "CC BY 4.0"),
        ("kb/wikidata-officeholders", "CC0 1.0"),
        ("event-coding/countryinfo", "CC BY-SA 3.0"),
        ("event-coding/ngec", "MIT"),
        ("event-coding/gdelt-lookups", "facts (GDELT lookup tables)"),
        ("event-coding/plover", "CC BY-SA 4.0"),
    ];

    public static KnowledgeSourceInfo Describe(string dataDirectory, string folder, string licence, int records)
    {
        var path = Path.Combine(dataDirectory, folder, "SOURCE.md");
        var text = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var origin = Url().Match(text) is { Success: true } url ? url.Value.TrimEnd('.', ',', ')', ';') : "see SOURCE.md";
        var version = Commit().Match(text) is { Success: true } commit ? commit.Value
            : Version().Match(text) is { Success: true } number ? number.Value : "unversioned";
        return new KnowledgeSourceInfo(folder, origin, version, licence, records);
    }

    [GeneratedRegex(@"https?://[^\s`)>]+")]
    private static partial Regex Url();

    [GeneratedRegex(@"\b[0-9a-f]{40}\b")]
    private static partial Regex Commit();

    [GeneratedRegex(@"\bv?\d+\.\d+(\.\d+)?(-\d+)?\b")]
    private static partial Regex Version();
}
