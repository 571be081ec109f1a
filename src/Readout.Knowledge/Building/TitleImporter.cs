using Readout.Knowledge.Actors;

namespace Readout.Knowledge.Building;

/// <summary>
/// The title vocabulary: the Phoenix agents dictionary (MIT: "MILITARY_OFFICIAL [~MIL]", with its substitution sets
/// and plurals), then the project's office table, which names offices and overrides the agents' roles.
/// </summary>
internal static class TitleImporter
{
    public static void Import(ImportContext context)
    {
        var substitutions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var count = 0;
        foreach (var raw in File.ReadLines(context.Path("kb", "phoenix", "Phoenix.agents.txt")))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('!') && line.Contains('=', StringComparison.Ordinal))
            {
                var name = line[1..line.IndexOf('!', 1)];
                substitutions[name] = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }

            var bracket = line.IndexOf('[', StringComparison.Ordinal);
            var close = bracket < 0 ? -1 : line.IndexOf(']', bracket);
            if (close < 0)
            {
                continue;
            }

            var code = line[(bracket + 1)..close].Trim().TrimStart('~');
            var phrase = line[..bracket].Trim();
            string? plural = null;
            var brace = phrase.IndexOf('{', StringComparison.Ordinal);
            if (brace >= 0)
            {
                var closing = phrase.IndexOf('}', brace);
                plural = closing > brace ? phrase[(brace + 1)..closing].Trim() : null;
                phrase = phrase[..brace].Trim();
            }

            foreach (var form in Expand(phrase, substitutions))
            {
                var role = code.Length == 0 ? null : ActorCodes.Normalize(code, isSuffix: true);
                context.Draft.AddTitle(Text(form), role);
                var pluralForm = plural is null ? Plural(form) : plural.Length == 0 ? null : plural;
                if (pluralForm is not null)
                {
                    context.Draft.AddTitle(Text(pluralForm), role);
                }

                count++;
            }
        }

        context.Count("kb/phoenix", count);
        foreach (var row in CuratedData.Rows("offices.tsv", 3))
        {
            var office = Enum.Parse<Office>(row[2]);
            foreach (var phrase in CuratedData.List(row[0]))
            {
                var role = row[1].Length == 0 ? null : row[1];
                context.Draft.AddTitle(phrase, role, office, replace: true);
                if (role is not null)
                {
                    context.Draft.AddTitle(Plural(phrase), role, office, replace: true);
                }
            }
        }
    }

    /// <summary>Expands "!MINIST!_OF_DEFENSE" over the substitution set MINIST.</summary>
    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> substitutions)
    {
        var start = phrase.IndexOf('!', StringComparison.Ordinal);
        var end = start >= 0 ? phrase.IndexOf('!', start + 1) : -1;
        if (end < 0 || !substitutions.TryGetValue(phrase[(start + 1)..end], out var words))
        {
            return [phrase];
        }

        return words.SelectMany(word => Expand(phrase[..start] + word + phrase[(end + 1)..], substitutions));
    }

    /// <summary>The regular plural PETRARCH makes: -Y → -IES, -S → -SES, else -S.</summary>
    private static string Plural(string phrase) =>
        phrase.EndsWith('Y') || phrase.EndsWith('y') ? phrase[..^1] + (char.IsUpper(phrase[^1]) ? "IES" : "ies")
        : phrase.EndsWith('S') || phrase.EndsWith('s') ? phrase + (char.IsUpper(phrase[^1]) ? "ES" : "es")
        : phrase + (phrase.Length > 0 && char.IsUpper(phrase[^1]) ? "S" : "s");

    private static string Text(string phrase) => phrase.Replace('_', ' ').Trim();
}
