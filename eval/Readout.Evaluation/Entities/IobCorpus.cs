using System.Text;
using Readout.Core.Errors;

namespace Readout.Evaluation.Entities;

/// <summary>
/// A named-entity corpus in IOB2 columns (UNER: id, token, tag; CoNLL/WNUT: token, tag), rebuilt as text with one
/// sentence a line and tokens separated by spaces, with gold spans in characters of that text.
/// </summary>
public sealed class IobCorpus
{
    private IobCorpus(string text, List<(int Start, int End)> sentences, List<(int Start, int End)> tokens, List<string> tags, List<LabelledSpan> spans, List<int> documentStarts)
    {
        DocumentStarts = documentStarts;
        Text = text;
        Sentences = sentences;
        Tokens = tokens;
        Tags = tags;
        Spans = spans;
    }

    /// <summary>The rebuilt text.</summary>
    public string Text { get; }

    /// <summary>Sentence character spans.</summary>
    public IReadOnlyList<(int Start, int End)> Sentences { get; }

    /// <summary>Token character spans.</summary>
    public IReadOnlyList<(int Start, int End)> Tokens { get; }

    /// <summary>The IOB2 tag of each token, after mapping.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Gold entity spans.</summary>
    public IReadOnlyList<LabelledSpan> Spans { get; }

    /// <summary>The index of the first sentence of each document (<c># newdoc</c> comments); [0] when the file marks none.</summary>
    public IReadOnlyList<int> DocumentStarts { get; }

    /// <summary>Reads an IOB2 file; <paramref name="mapType"/> renames or drops (null) entity types, e.g. UNER's OTH.</summary>
    public static IobCorpus Read(string path, Func<string, string?>? mapType = null)
    {
        if (!File.Exists(path))
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{path}: no such IOB file");
        }

        var text = new StringBuilder();
        var sentences = new List<(int, int)>();
        var tokens = new List<(int, int)>();
        var tags = new List<string>();
        var sentenceStart = -1;
        var documentStarts = new List<int>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal) && (documentStarts.Count == 0 || documentStarts[^1] != sentences.Count))
                {
                    documentStarts.Add(sentences.Count);
                }

                continue;
            }

            // WNUT17 ends some sentences with a line holding only a tab.
            if (string.IsNullOrWhiteSpace(line))
            {
                if (sentenceStart >= 0)
                {
                    sentences.Add((sentenceStart, text.Length));
                    text.Append('\n');
                    sentenceStart = -1;
                }

                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                fields = line.Split(' ');
            }

            // UNER: index, token, tag, …; two-column files: token, tag.
            var (form, tag) = fields.Length >= 3 && int.TryParse(fields[0], out _) ? (fields[1], fields[2]) : (fields[0], fields[^1]);
            if (sentenceStart < 0)
            {
                sentenceStart = text.Length;
            }
            else
            {
                text.Append(' ');
            }

            tokens.Add((text.Length, text.Length + form.Length));
            text.Append(form);
            tags.Add(MapTag(tag, mapType));
        }

        if (sentenceStart >= 0)
        {
            sentences.Add((sentenceStart, text.Length));
        }

        if (documentStarts.Count == 0 || documentStarts[0] != 0)
        {
            documentStarts.Insert(0, 0);
        }

        return new IobCorpus(text.ToString(), sentences, tokens, tags, Decode(tokens, tags), documentStarts);
    }

    /// <summary>Entity spans from IOB2 tags (an I- without a matching B- starts a span, as conlleval does).</summary>
    public static List<LabelledSpan> Decode(IReadOnlyList<(int Start, int End)> tokens, IReadOnlyList<string> tags)
    {
        var spans = new List<LabelledSpan>();
        var type = (string?)null;
        var start = 0;
        var end = 0;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var continues = type is not null && tag.StartsWith("I-", StringComparison.Ordinal) && tag[2..] == type
                && (i == 0 || tokens[i].Start <= tokens[i - 1].End + 1);
            if (continues)
            {
                end = tokens[i].End;
                continue;
            }

            if (type is not null)
            {
                spans.Add(new LabelledSpan(start, end, type));
                type = null;
            }

            if (tag.Length > 2 && (tag.StartsWith("B-", StringComparison.Ordinal) || tag.StartsWith("I-", StringComparison.Ordinal)))
            {
                type = tag[2..];
                start = tokens[i].Start;
                end = tokens[i].End;
            }
        }

        return spans;
    }

    private static string MapTag(string tag, Func<string, string?>? mapType)
    {
        if (tag.Length < 3 || tag[1] != '-' || mapType is null)
        {
            return tag.Length < 3 ? "O" : tag;
        }

        var mapped = mapType(tag[2..]);
        return mapped is null ? "O" : tag[..2] + mapped;
    }
}
