using System.Text.RegularExpressions;

namespace Readout.Knowledge.Building.Sources;

/// <summary>
/// Reads Schrodt's CountryInfo.txt ("almost XML", CC BY-SA 3.0): per country the CAMEO code, ISO codes, nationality
/// forms, capitals, and dated leaders (by office section) and government members (by title comment).
/// </summary>
internal static partial class CountryInfoReader
{
    // The Government section began with the CIA World Leaders file of January 2003; "<date" means in office then.
    private static readonly DateOnly GovernmentCodingStart = new(2003, 1, 1);

    public static List<CountryInfoCountry> Read(string path)
    {
        var countries = new List<CountryInfoCountry>();
        string? code = null, name = null, alpha2 = null, alpha3 = null;
        List<string> nationality = [], capitals = [];
        List<CountryInfoRole> roles = [];
        string? list = null;
        string? section = null;
        string? governmentTitle = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd();
            var trimmed = line.Trim();
            if (trimmed == "<Country>")
            {
                code = name = alpha2 = alpha3 = null;
                nationality = [];
                capitals = [];
                roles = [];
                list = section = governmentTitle = null;
                continue;
            }

            if (trimmed == "</Country>")
            {
                if (code is not null && name is not null)
                {
                    countries.Add(new CountryInfoCountry(code, name, alpha2, alpha3, nationality, capitals, roles));
                }

                code = null;
                continue;
            }

            if (code is null && !trimmed.StartsWith("<CountryCode>", StringComparison.Ordinal))
            {
                continue;
            }

            if (Field(trimmed, "CountryCode") is { } c)
            {
                code = c;
            }
            else if (Field(trimmed, "CountryName") is { } n)
            {
                name = PhoenixActorReader.ToText(n);
            }
            else if (Field(trimmed, "ISO3166-alpha2") is { } a2)
            {
                alpha2 = a2.Length == 2 ? a2 : null;
            }
            else if (Field(trimmed, "ISO3166-alpha3") is { } a3)
            {
                alpha3 = a3.Length == 3 ? a3 : null;
            }
            else if (trimmed is "<Nationality>" or "<Capital>" or "<Leaders>" or "<Government>")
            {
                list = trimmed[1..^1];
            }
            else if (trimmed.StartsWith("</", StringComparison.Ordinal) && list is not null && trimmed == $"</{list}>")
            {
                list = null;
                section = null;
            }
            else if (list is "Nationality" or "Capital")
            {
                var item = PhoenixActorReader.ToText(StripComment(trimmed));
                if (item.Length > 0)
                {
                    (list == "Nationality" ? nationality : capitals).Add(item);
                }
            }
            else if (list == "Leaders")
            {
                ReadLeaderLine(trimmed, code!, roles, ref section);
            }
            else if (list == "Government")
            {
                ReadGovernmentLine(trimmed, roles, ref governmentTitle);
            }
        }

        return countries;
    }

    private static void ReadLeaderLine(string trimmed, string country, List<CountryInfoRole> roles, ref string? section)
    {
        if (trimmed.StartsWith("</", StringComparison.Ordinal))
        {
            section = null;
            return;
        }

        if (trimmed.StartsWith('<') && trimmed.EndsWith('>'))
        {
            section = trimmed[1..^1].TrimEnd('>').Replace('_', ' ');
            return;
        }

        var bracket = trimmed.IndexOf('[', StringComparison.Ordinal);
        if (section is null || bracket <= 0)
        {
            return;
        }

        var names = Names(trimmed[..bracket]);
        var dates = DateSpec().Match(trimmed[bracket..]);
        if (names.Count == 0 || !dates.Success)
        {
            return;
        }

        var (start, end, approximate) = ParseSpec(dates.Groups["spec"].Value, GovernmentCodingStart);
        if (start is null && end is null)
        {
            return;
        }

        roles.Add(new CountryInfoRole(names, country + "GOV", OfficeClassifier.Singular(section), start, end, approximate));
    }

    private static void ReadGovernmentLine(string trimmed, List<CountryInfoRole> roles, ref string? title)
    {
        // The USA block names offices in comment headers ("#<Secretary of State>") above its lines.
        if (trimmed.StartsWith("#<", StringComparison.Ordinal) && trimmed.EndsWith('>'))
        {
            title = trimmed[2..^1];
            return;
        }

        var hash = trimmed.IndexOf('#', StringComparison.Ordinal);
        var body = hash >= 0 ? trimmed[..hash] : trimmed;
        var comment = hash >= 0 ? trimmed[(hash + 1)..].Trim() : null;
        var bracket = body.IndexOf('[', StringComparison.Ordinal);
        if (bracket <= 0)
        {
            return;
        }

        var names = Names(body[..bracket]);
        if (names.Count == 0)
        {
            return;
        }

        var groups = CodeSpec().Matches(body[bracket..]);
        var titles = comment?.Split(" & ", StringSplitOptions.TrimEntries) ?? [];
        for (var g = 0; g < groups.Count; g++)
        {
            var (start, end, approximate) = ParseSpec(groups[g].Groups["spec"].Value, GovernmentCodingStart);
            var groupTitle = titles.Length == groups.Count ? titles[g] : comment ?? title ?? string.Empty;
            roles.Add(new CountryInfoRole(names, groups[g].Groups["code"].Value, groupTitle.Trim('"', ' '), start, end, approximate));
        }
    }

    /// <summary>Reads "&gt;date", "&lt;date" or "date - date".</summary>
    private static (DateOnly? Start, DateOnly? End, bool Approximate) ParseSpec(string spec, DateOnly codingStart)
    {
        spec = spec.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (spec.StartsWith('>'))
        {
            return (PhoenixActorReader.ParseDate(spec[1..]), null, false);
        }

        if (spec.StartsWith('<'))
        {
            var until = PhoenixActorReader.ParseDate(spec[1..]);
            return until is null ? (null, null, false) : (codingStart < until ? codingStart : until, until, true);
        }

        var dash = spec.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? (PhoenixActorReader.ParseDate(spec[..dash]), PhoenixActorReader.ParseDate(spec[(dash + 1)..]), false) : (null, null, false);
    }

    /// <summary>"{AYATOLLAH_KHAMENEI_}{ALI_HOSEINI_KHAMENEI_}" → two names; "NAME_" → one.</summary>
    private static List<string> Names(string text)
    {
        text = text.Trim();
        if (!text.StartsWith('{'))
        {
            var single = PhoenixActorReader.ToText(text);
            return single.Length > 0 ? [single] : [];
        }

        return [.. text.Split(['{', '}'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(PhoenixActorReader.ToText).Where(n => n.Length > 0)];
    }

    private static string StripComment(string text)
    {
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? text[..hash].Trim() : text;
    }

    private static string? Field(string line, string tag)
    {
        var open = $"<{tag}>";
        var close = $"</{tag}>";
        return line.StartsWith(open, StringComparison.Ordinal) && line.EndsWith(close, StringComparison.Ordinal)
            ? line[open.Length..^close.Length].Trim()
            : null;
    }

    [GeneratedRegex(@"^\[(?<spec>[<>]?\s*\d{6,8}(\s*-\s*\d{6,8})?)\s*\]")]
    private static partial Regex DateSpec();

    [GeneratedRegex(@"\[(?<code>[A-Z]{3,})\s+(?<spec>[<>]?\s*\d{6,8}(\s*-\s*\d{6,8})?)\s*\]")]
    private static partial Regex CodeSpec();
}
