using Readout.Evaluation.Tokenization;
using Readout.Nlp.Conllu;

namespace Readout.Evaluation.Coreference;

/// <summary>
/// Reads GUM's entity and coreference layer (the MISC <c>Entity=</c> brackets: "(3-organization-…-Wiki_Title",
/// "3)", single-word "(7-time-…)") into mentions with character offsets in the document text GoldText rebuilds.
/// </summary>
public static class GumEntityReader
{
    /// <summary>The rebuilt text of a GUM document and its gold mentions.</summary>
    public static (string Text, List<GumMention> Mentions) Read(string file)
    {
        var sentences = ConlluReader.ReadFile(file).ToList();
        var gold = GoldText.Build(sentences);
        var mentions = new List<GumMention>();
        var open = new Dictionary<string, Stack<(string Type, int Start, string? Wiki, bool Singleton, int Word)>>();
        var wordIndex = 0;
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence.Words)
            {
                var (start, end) = gold.Words[wordIndex];
                var isPronoun = word.Upos == "PRON";
                foreach (var entry in word.Misc.Split('|'))
                {
                    if (entry.StartsWith("Entity=", StringComparison.Ordinal))
                    {
                        Parse(entry["Entity=".Length..], start, end, isPronoun, wordIndex, open, mentions);
                    }
                }

                wordIndex++;
            }
        }

        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return (gold.Text, mentions);
    }

    private static void Parse(
        string value, int start, int end, bool isPronoun, int word,
        Dictionary<string, Stack<(string Type, int Start, string? Wiki, bool Singleton, int Word)>> open, List<GumMention> mentions)
    {
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] == '(')
            {
                var close = value.IndexOfAny(['(', ')'], i + 1);
                var body = close < 0 ? value[(i + 1)..] : value[(i + 1)..close];
                var closesHere = close >= 0 && value[close] == ')';
                var fields = body.Split('-');
                var id = fields[0];
                var type = fields.Length > 1 ? fields[1] : "abstract";
                var singleton = body.Contains("-sgl", StringComparison.Ordinal);
                var wiki = fields.Length > 7 ? string.Join('-', fields[7..]) : null;
                if (closesHere)
                {
                    mentions.Add(new GumMention(id, type, start, end, wiki, isPronoun, singleton));
                    i = close + 1;
                }
                else
                {
                    if (!open.TryGetValue(id, out var stack))
                    {
                        open[id] = stack = new Stack<(string, int, string?, bool, int)>();
                    }

                    stack.Push((type, start, wiki, singleton, word));
                    i = close < 0 ? value.Length : close;
                }
            }
            else
            {
                var close = value.IndexOf(')', i);
                if (close < 0)
                {
                    break;
                }

                var id = value[i..close];
                if (open.TryGetValue(id, out var stack) && stack.Count > 0)
                {
                    var (type, mentionStart, wiki, singleton, firstWord) = stack.Pop();
                    mentions.Add(new GumMention(id, type, mentionStart, end, wiki, isPronoun && firstWord == word, singleton));
                }

                i = close + 1;
            }
        }
    }
}
