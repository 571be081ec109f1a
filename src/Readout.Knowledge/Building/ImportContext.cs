using Readout.Knowledge.Index;

namespace Readout.Knowledge.Building;

/// <summary>What the source importers share while they fill one draft: countries by code and name, demonyms, word lists, messages.</summary>
internal sealed class ImportContext
{
    // Abbreviations that stay in capitals when an all-capitals dictionary name is title-cased.
    private static readonly HashSet<string> KeptCapitals = new(StringComparer.Ordinal)
    {
        "us", "usa", "un", "eu", "uk", "uae", "nato", "opec", "asean", "iaea", "imf", "icc", "icj", "au", "gcc", "sco", "osce", "oic",
        "plo", "pkk", "tv", "bbc", "cnn", "cia", "fbi", "kgb", "fsb", "irgc", "isis", "isil", "aqi", "aqap", "ii", "iii", "iv", "drc",
    };

    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntryDraft> _countriesByCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _countryByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EntryDraft>> _entriesByKey = new(StringComparer.Ordinal);

    public ImportContext(string dataDirectory)
    {
        DataDirectory = dataDirectory;
        Honorifics = [.. CuratedData.Lines("honorifics.txt").Select(Key)];
        StopAliases = [.. CuratedData.Lines("stop-aliases.txt").Select(Key)];
    }

    public string DataDirectory { get; }

    public KnowledgeDraft Draft { get; } = new();

    /// <summary>Things the build skipped or could not resolve, for the build report.</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Records taken from each source folder.</summary>
    public Dictionary<string, int> Records { get; } = new(StringComparer.Ordinal);

    /// <summary>Demonym keys ("iranian") → CAMEO country code.</summary>
    public Dictionary<string, string> Demonyms { get; } = new(StringComparer.Ordinal);

    /// <summary>Capital keys ("tehran") → CAMEO country code.</summary>
    public Dictionary<string, string> Capitals { get; } = new(StringComparer.Ordinal);

    /// <summary>Place-name keys (cities and regions) → the CAMEO codes of the countries they lie in.</summary>
    public Dictionary<string, HashSet<string>> PlaceNames { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Honorifics { get; }

    public HashSet<string> StopAliases { get; }

    public string Path(params string[] parts) => System.IO.Path.Combine([DataDirectory, .. parts]);

    public void Count(string source, int records = 1) =>
        Records[source] = Records.GetValueOrDefault(source) + records;

    /// <summary>The alias key of a text (memoised: the importers normalise the same names many times).</summary>
    public string Key(string text)
    {
        if (!_keys.TryGetValue(text, out var key))
        {
            key = AliasNormalizer.Normalize(text);
            _keys.Add(text, key);
        }

        return key;
    }

    /// <summary><paramref name="id"/>, or with a numeric suffix when an entry already has it.</summary>
    public string UniqueId(string id)
    {
        var unique = id;
        for (var n = 2; Draft.Find(unique) is not null; n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
    }

    /// <summary>True when an alias may stand alone: it has a letter and is not a generic word.</summary>
    public bool IsUsableAlias(string text)
    {
        var key = Key(text);
        return key.Any(char.IsLetter) && !StopAliases.Contains(key);
    }

    public void AddCountry(EntryDraft country, params string[] codes)
    {
        foreach (var code in codes)
        {
            if (code.Length > 0)
            {
                _countriesByCode.TryAdd(code, country);
            }
        }
    }

    /// <summary>The country draft with ISO alpha-2, alpha-3 or CAMEO code <paramref name="code"/>.</summary>
    public EntryDraft? Country(string? code) => code is null ? null : _countriesByCode.GetValueOrDefault(code);

    /// <summary>The CAMEO code of a country code, or null.</summary>
    public string? CameoCode(string? code) => Country(code)?.CountryFacts?.CameoCode;

    public IEnumerable<EntryDraft> AllCountries => _countriesByCode.Values.Distinct();

    /// <summary>Registers a name of a country for <see cref="CountryByName"/>; the first country to claim a key keeps it.</summary>
    public void RegisterCountryName(string name, string cameoCode)
    {
        var key = Key(name);
        if (key.Length > 0)
        {
            _countryByKey.TryAdd(key, cameoCode);
        }
    }

    /// <summary>The CAMEO code of the country called <paramref name="name"/> ("United States of America", "Yemen (North Yemen)").</summary>
    public string? CountryByName(string name)
    {
        var key = Key(name);
        if (_countryByKey.TryGetValue(key, out var code))
        {
            return code;
        }

        var bracket = name.IndexOf('(', StringComparison.Ordinal);
        return bracket > 0 ? _countryByKey.GetValueOrDefault(Key(name[..bracket])) : null;
    }

    /// <summary>Indexes an entry's name and aliases so later sources can merge into it.</summary>
    public void IndexEntry(EntryDraft entry)
    {
        foreach (var text in entry.Aliases.Select(a => a.Text).Prepend(entry.Name))
        {
            var key = Key(text);
            if (key.Length == 0)
            {
                continue;
            }

            if (!_entriesByKey.TryGetValue(key, out var list))
            {
                list = [];
                _entriesByKey.Add(key, list);
            }

            if (!list.Contains(entry))
            {
                list.Add(entry);
            }
        }
    }

    /// <summary>An indexed entry named <paramref name="text"/>, of one of <paramref name="kinds"/>, in a compatible country.</summary>
    public EntryDraft? FindEntry(string text, string? country, params EntryKind[] kinds)
    {
        if (!_entriesByKey.TryGetValue(Key(text), out var list))
        {
            return null;
        }

        foreach (var entry in list)
        {
            if (kinds.Contains(entry.Kind) && (country is null || entry.Country is null || entry.Country == country))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>An entry of the project's own tables named <paramref name="text"/>, of one of <paramref name="kinds"/>, in any country.</summary>
    public EntryDraft? FindCurated(string text, params EntryKind[] kinds) =>
        _entriesByKey.TryGetValue(Key(text), out var list)
            ? list.FirstOrDefault(e => kinds.Contains(e.Kind) && e.Id.StartsWith("readout:", StringComparison.Ordinal))
            : null;

    /// <summary>The name's tokens without leading honorifics and titles ("AYATOLLAH ALI KHAMENEI" → "ali khamenei").</summary>
    public List<string> NameTokens(string name)
    {
        var tokens = AliasNormalizer.Tokens(name, dropPossessives: true, dropLeadingArticle: true);
        var stripped = true;
        while (stripped && tokens.Count > 1)
        {
            stripped = false;
            for (var length = Math.Min(3, tokens.Count - 1); length >= 1; length--)
            {
                if (Honorifics.Contains(string.Join(' ', tokens.Take(length))))
                {
                    tokens.RemoveRange(0, length);
                    stripped = true;
                    break;
                }
            }
        }

        return tokens;
    }

    /// <summary>Writes a name in title case: "BASHAR AL ASSAD" → "Bashar al Assad", "US SECRETARY OF STATE" → "US Secretary of State"; mixed-case names are kept.</summary>
    public static string TitleCase(string text)
    {
        if (text.Any(char.IsLower))
        {
            return text;
        }

        var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Contains('.', StringComparison.Ordinal) || KeptCapitals.Contains(words[i]))
            {
                words[i] = words[i].ToUpperInvariant();
                continue;
            }

            if (i > 0 && words[i] is "al" or "el" or "bin" or "ibn" or "of" or "the" or "and" or "de" or "van" or "von" or "der" or "da" or "di" or "du" or "la" or "le")
            {
                continue;
            }

            words[i] = CapitalizeParts(words[i]);
        }

        return string.Join(' ', words);
    }

    private static string CapitalizeParts(string word)
    {
        var chars = word.ToCharArray();
        var start = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (start && char.IsLetter(chars[i]))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
                start = false;
            }
            else if (chars[i] is '-' or '.' or '(')
            {
                start = true;
            }
        }

        return new string(chars);
    }
}
