using System.Text;
using Readout.Core.Errors;
using Readout.Extraction.Events.Patterns;

namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// The compiled form of an <see cref="EventDictionary"/>: words, synsets, verb blocks, forms, patterns (already in
/// their dependency form), transformations, agents, actors and discards, in one small binary file.
/// </summary>
/// <remarks>Writing is deterministic: the same dictionary always gives the same bytes.</remarks>
internal static class EventDictionaryFile
{
    private const int Magic = 0x56454452; // "RDEV"
    private const int FormatVersion = 1;

    public static void Write(EventDictionary dictionary, Stream output)
    {
        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(dictionary.Description);
        var words = dictionary.Words;
        writer.Write(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            writer.Write(words[i]);
        }

        var verbs = dictionary.Verbs;
        writer.Write(verbs.Synsets.Count);
        foreach (var synset in verbs.Synsets)
        {
            writer.Write(synset.Name);
            writer.Write(synset.Items.Count);
            foreach (var item in synset.Items)
            {
                WriteElements(writer, item);
            }
        }

        writer.Write(verbs.Blocks.Count);
        foreach (var block in verbs.Blocks)
        {
            writer.Write(block.Name);
            WriteCode(writer, block.Code);
            WriteCode(writer, block.ReverseCode);
        }

        writer.Write(verbs.Entries.Count);
        foreach (var entry in verbs.Entries)
        {
            writer.Write(entry.Name);
            writer.Write(entry.Block);
            writer.Write(entry.HasOwnCode);
            WriteCode(writer, entry.Code);
            WriteCode(writer, entry.ReverseCode);
        }

        writer.Write(verbs.Forms.Count);
        foreach (var form in verbs.Forms)
        {
            WriteInts(writer, form.Words);
            writer.Write(form.VerbPosition);
            writer.Write(form.Entry);
        }

        writer.Write(verbs.Patterns.Count);
        foreach (var pattern in verbs.Patterns)
        {
            writer.Write(pattern.Id);
            writer.Write(pattern.Block);
            WriteElements(writer, pattern.Lower);
            WriteElements(writer, pattern.Upper);
            WriteCode(writer, pattern.Code);
            WriteCode(writer, pattern.ReverseCode);
            writer.Write(pattern.Text);
        }

        writer.Write(verbs.Transformations.Count);
        foreach (var rule in verbs.Transformations)
        {
            foreach (var field in (string[])[rule.UpperClass, rule.LowerSource, rule.LowerTarget, rule.LowerClass, rule.ResultSource, rule.ResultTarget, rule.ResultCode, rule.Text])
            {
                writer.Write(field);
            }
        }

        var agents = dictionary.Agents;
        writer.Write(agents.Count);
        for (var i = 0; i < agents.Count; i++)
        {
            writer.Write(agents[i].Name);
            writer.Write(agents[i].Code);
            writer.Write(agents[i].Prefix);
        }

        WritePhrases(writer, agents.Phrases);
        writer.Write(dictionary.Actors is not null);
        if (dictionary.Actors is { } actors)
        {
            writer.Write(actors.Count);
            for (var i = 0; i < actors.Count; i++)
            {
                writer.Write(actors[i].Name);
                WriteCode(writer, actors[i].DefaultCode);
                writer.Write(actors[i].Restrictions.Count);
                foreach (var restriction in actors[i].Restrictions)
                {
                    writer.Write(restriction.Code);
                    writer.Write(restriction.From?.DayNumber ?? -1);
                    writer.Write(restriction.Until?.DayNumber ?? -1);
                }
            }

            WritePhrases(writer, actors.Phrases);
        }

        WriteStrings(writer, dictionary.Discards.SentencePhrases);
        WriteStrings(writer, dictionary.Discards.StoryPhrases);
        writer.Write(dictionary.NominalTriggers.Count);
        foreach (var trigger in dictionary.NominalTriggers)
        {
            writer.Write(trigger.Lemma);
            writer.Write(trigger.Code);
            WriteCode(writer, trigger.ReverseCode);
            WriteStrings(writer, trigger.TargetPrepositions);
            WriteStrings(writer, trigger.SourcePrepositions);
        }

        writer.Write(dictionary.Attitudes.Count);
        foreach (var word in dictionary.Attitudes)
        {
            writer.Write(word.Lemma);
            writer.Write((byte)word.Kind);
            writer.Write(word.Code);
        }
    }

    public static EventDictionary Read(Stream input, string path)
    {
        try
        {
            using var reader = new BinaryReader(input, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion)
            {
                throw new ReadoutException(ErrorCodes.ModelCorrupt, $"event dictionary '{path}' is not a version {FormatVersion} dictionary file");
            }

            var description = reader.ReadString();
            var words = new WordTable();
            var wordCount = reader.ReadInt32();
            for (var i = 0; i < wordCount; i++)
            {
                words.Add(reader.ReadString());
            }

            var verbs = new VerbLexicon(words);
            var synsetCount = reader.ReadInt32();
            for (var i = 0; i < synsetCount; i++)
            {
                var name = reader.ReadString();
                var items = new PatternElement[reader.ReadInt32()][];
                for (var k = 0; k < items.Length; k++)
                {
                    items[k] = ReadElements(reader);
                }

                verbs.AddSynset(new Synset(name, items));
            }

            var blockCount = reader.ReadInt32();
            for (var i = 0; i < blockCount; i++)
            {
                verbs.AddBlock(new VerbBlock(reader.ReadString(), ReadCode(reader), ReadCode(reader)));
            }

            var entryCount = reader.ReadInt32();
            for (var i = 0; i < entryCount; i++)
            {
                verbs.AddEntry(new VerbEntry(reader.ReadString(), reader.ReadInt32(), reader.ReadBoolean(), ReadCode(reader), ReadCode(reader)));
            }

            var formCount = reader.ReadInt32();
            for (var i = 0; i < formCount; i++)
            {
                verbs.AddForm(new VerbForm(ReadInts(reader), reader.ReadInt32(), reader.ReadInt32()));
            }

            var patternCount = reader.ReadInt32();
            for (var i = 0; i < patternCount; i++)
            {
                verbs.AddPattern(new VerbPattern(reader.ReadString(), reader.ReadInt32(), ReadElements(reader), ReadElements(reader), ReadCode(reader), ReadCode(reader), reader.ReadString()));
            }

            var transformationCount = reader.ReadInt32();
            for (var i = 0; i < transformationCount; i++)
            {
                verbs.AddTransformation(new SpeechTransformation(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(),
                    reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString()));
            }

            var agents = new AgentDictionary(words);
            var agentCount = reader.ReadInt32();
            for (var i = 0; i < agentCount; i++)
            {
                agents.Add(new AgentEntry(reader.ReadString(), reader.ReadString(), reader.ReadBoolean()));
            }

            ReadPhrases(reader, agents.Phrases);
            ActorDictionary? actors = null;
            if (reader.ReadBoolean())
            {
                actors = new ActorDictionary(words);
                var actorCount = reader.ReadInt32();
                for (var i = 0; i < actorCount; i++)
                {
                    var name = reader.ReadString();
                    var code = ReadCode(reader);
                    var restrictions = new DatedCode[reader.ReadInt32()];
                    for (var k = 0; k < restrictions.Length; k++)
                    {
                        restrictions[k] = new DatedCode(reader.ReadString(), Day(reader.ReadInt32()), Day(reader.ReadInt32()));
                    }

                    actors.Add(new ActorEntry(name, code, restrictions));
                }

                ReadPhrases(reader, actors.Phrases);
            }

            var discards = new DiscardList(ReadStrings(reader), ReadStrings(reader));
            var nominal = new NominalTrigger[reader.ReadInt32()];
            for (var i = 0; i < nominal.Length; i++)
            {
                nominal[i] = new NominalTrigger(reader.ReadString(), reader.ReadString(), ReadCode(reader), ReadStrings(reader), ReadStrings(reader));
            }

            var attitudes = new AttitudeWord[reader.ReadInt32()];
            for (var i = 0; i < attitudes.Length; i++)
            {
                attitudes[i] = new AttitudeWord(reader.ReadString(), (AttitudeKind)reader.ReadByte(), reader.ReadString());
            }

            return new EventDictionary(words, verbs, agents, actors, discards, null, description, nominal, attitudes);
        }
        catch (Exception error) when (error is EndOfStreamException or IOException or ArgumentException or IndexOutOfRangeException)
        {
            throw new ReadoutException(ErrorCodes.ModelCorrupt, $"event dictionary '{path}' cannot be read: {error.Message}", error);
        }
    }

    private static DateOnly? Day(int number) => number < 0 ? null : DateOnly.FromDayNumber(number);

    private static void WriteElements(BinaryWriter writer, PatternElement[] elements)
    {
        writer.Write(elements.Length);
        foreach (var element in elements)
        {
            writer.Write((byte)element.Kind);
            WriteInts(writer, element.Words);
            writer.Write(element.Synset);
            WriteElements(writer, element.Items);
        }
    }

    private static PatternElement[] ReadElements(BinaryReader reader)
    {
        var elements = new PatternElement[reader.ReadInt32()];
        for (var i = 0; i < elements.Length; i++)
        {
            elements[i] = new PatternElement((ElementKind)reader.ReadByte(), ReadInts(reader), reader.ReadInt32(), ReadElements(reader));
        }

        return elements;
    }

    private static void WritePhrases(BinaryWriter writer, PhraseTable phrases)
    {
        writer.Write(phrases.Count);
        for (var i = 0; i < phrases.Count; i++)
        {
            var (words, open, payload) = phrases[i];
            WriteInts(writer, words);
            foreach (var gap in open)
            {
                writer.Write(gap);
            }

            writer.Write(payload);
        }
    }

    private static void ReadPhrases(BinaryReader reader, PhraseTable phrases)
    {
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var words = ReadInts(reader);
            var open = new bool[words.Length];
            for (var k = 0; k < open.Length; k++)
            {
                open[k] = reader.ReadBoolean();
            }

            phrases.Add(words, open, reader.ReadInt32());
        }
    }

    private static void WriteCode(BinaryWriter writer, string? code) => writer.Write(code ?? string.Empty);

    private static string? ReadCode(BinaryReader reader) => reader.ReadString() is { Length: > 0 } code ? code : null;

    private static void WriteInts(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static int[] ReadInts(BinaryReader reader)
    {
        var values = new int[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadInt32();
        }

        return values;
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }
}
