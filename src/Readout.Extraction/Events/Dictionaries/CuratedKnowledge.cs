namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// The knowledge the Readout project wrote itself and compiles into the production dictionary beside PETRARCH's:
/// compositions of intentions and statements, nominal event triggers, and attitude words (embedded resources).
/// </summary>
internal static class CuratedKnowledge
{
    public const string Compositions = "compositions.txt";
    public const string NominalEvents = "nominal-events.tsv";
    public const string Attitudes = "attitudes.tsv";
    public const string Verbs = "verbs.txt";

    /// <summary>Reads Readout's own verb blocks into <paramref name="lexicon"/>.</summary>
    public static void ReadVerbs(VerbLexicon lexicon) => PetrarchVerbReader.Read(Lines(Verbs), Verbs, lexicon);

    /// <summary>The lines of an embedded curated file.</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string name)
    {
        var assembly = typeof(CuratedKnowledge).Assembly;
        using var stream = assembly.GetManifestResourceStream("Readout.Extraction.Events.Curated." + name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing");
        using var reader = new StreamReader(stream);
        foreach (var line in PetrarchLines.Read(reader))
        {
            yield return line;
        }
    }

    /// <summary>The compositions, as speech transformations.</summary>
    public static List<SpeechTransformation> ReadCompositions()
    {
        var rules = new List<SpeechTransformation>();
        foreach (var (number, line) in Lines(Compositions))
        {
            rules.Add(PetrarchVerbReader.ParseTransformation(line.Trim())
                ?? throw new InvalidOperationException($"{Compositions}:{number}: not a transformation: {line}"));
        }

        return rules;
    }

    /// <summary>The nominal triggers.</summary>
    public static List<NominalTrigger> ReadNominalTriggers()
    {
        var triggers = new List<NominalTrigger>();
        foreach (var (_, line) in Lines(NominalEvents))
        {
            var fields = line.Split('\t');
            triggers.Add(new NominalTrigger(
                fields[0].Trim(),
                fields[1].Trim(),
                fields.Length > 2 && fields[2].Trim().Length > 0 ? fields[2].Trim() : null,
                fields.Length > 3 ? Split(fields[3]) : [],
                fields.Length > 4 ? Split(fields[4]) : []));
        }

        return triggers;
    }

    /// <summary>The attitude words.</summary>
    public static List<AttitudeWord> ReadAttitudes()
    {
        var words = new List<AttitudeWord>();
        foreach (var (_, line) in Lines(Attitudes))
        {
            var fields = line.Split('\t');
            var kind = fields[1].Trim() switch
            {
                "+" => AttitudeKind.Praise,
                "-" => AttitudeKind.Criticism,
                "!" => AttitudeKind.Sponsorship,
                var other => throw new InvalidOperationException($"{Attitudes}: unknown attitude '{other}' for '{fields[0]}'"),
            };
            words.Add(new AttitudeWord(fields[0].Trim(), kind, fields[2].Trim()));
        }

        return words;
    }

    private static string[] Split(string field) => field.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
