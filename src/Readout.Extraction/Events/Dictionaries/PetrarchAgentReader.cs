namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// Reads PETRARCH agent dictionaries: <c>PHRASE {plurals} [~CODE]</c> lines, substitution sets
/// (<c>!PERSON! = MAN, MEN, …</c>) and regular plurals generated for the phrase's last word unless <c>{}</c> says none.
/// </summary>
internal static class PetrarchAgentReader
{
    /// <summary>Reads <paramref name="path"/> into <paramref name="agents"/>.</summary>
    public static void Read(string path, AgentDictionary agents) => Read(PetrarchLines.Read(path), agents);

    /// <summary>Reads the lines of an agent dictionary into <paramref name="agents"/>.</summary>
    public static void Read(IEnumerable<(int Number, string Text)> lines, AgentDictionary agents)
    {
        var substitutions = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, raw) in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('!') && line.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
            {
                substitutions[line[..equals].Trim()] = [.. line[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                continue;
            }

            var open = line.IndexOf('[', StringComparison.Ordinal);
            var close = open >= 0 ? line.IndexOf(']', open) : -1;
            if (open < 0)
            {
                continue;
            }

            var code = (close > open ? line[(open + 1)..close] : line[(open + 1)..]).Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
            if (code.Length < 2 || !code.Contains('~', StringComparison.Ordinal))
            {
                continue;
            }

            var prefix = code.EndsWith('~');
            var entry = agents.Add(new AgentEntry(line[..open].Trim(), code.Trim('~').ToUpperInvariant(), prefix));
            var head = line[..open];
            string[]? plurals = null;
            var brace = head.IndexOf('{', StringComparison.Ordinal);
            if (brace >= 0)
            {
                var braceEnd = head.IndexOf('}', brace);
                plurals = (braceEnd > brace ? head[(brace + 1)..braceEnd] : head[(brace + 1)..]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                head = head[..brace];
            }

            var phrase = head.Trim().TrimEnd('_');
            if (phrase.Length == 0)
            {
                continue;
            }

            foreach (var expanded in Substitute(phrase, substitutions))
            {
                Add(agents, expanded, entry);
                if (plurals is null && expanded == phrase)
                {
                    Add(agents, PluralOf(phrase), entry);
                }
            }

            foreach (var plural in plurals ?? [])
            {
                Add(agents, plural.TrimEnd('_'), entry);
            }
        }
    }

    private static void Add(AgentDictionary agents, string phrase, int entry)
    {
        var (words, open) = PetrarchActorReader.Phrase(phrase, agents.Words);
        agents.Phrases.Add(words, open, entry);
    }

    private static string PluralOf(string phrase)
    {
        var cut = Math.Max(phrase.LastIndexOf('_'), phrase.LastIndexOf(' '));
        return phrase[..(cut + 1)] + VerbInflection.Plural(phrase[(cut + 1)..].ToUpperInvariant());
    }

    private static IEnumerable<string> Substitute(string phrase, Dictionary<string, string[]> substitutions)
    {
        foreach (var (marker, replacements) in substitutions)
        {
            var at = phrase.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                foreach (var replacement in replacements)
                {
                    foreach (var expanded in Substitute(phrase[..at] + replacement + phrase[(at + marker.Length)..], substitutions))
                    {
                        yield return expanded;
                    }
                }

                yield break;
            }
        }

        yield return phrase;
    }
}
