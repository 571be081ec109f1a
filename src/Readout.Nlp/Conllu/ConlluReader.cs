using Readout.Core.Errors;

namespace Readout.Nlp.Conllu;

/// <summary>Reads CoNLL-U files (Universal Dependencies format), streaming one sentence at a time.</summary>
/// <remarks>Empty nodes (ids like 8.1) are skipped: they belong to enhanced dependencies, which Readout does not use.</remarks>
public static class ConlluReader
{
    /// <summary>Reads every sentence of <paramref name="path"/>.</summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.EvaluationDataMalformed"/> on a malformed line.</exception>
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{path}: no such CoNLL-U file");
        }

        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    /// <summary>Reads every sentence from <paramref name="reader"/>; <paramref name="name"/> is used in error messages.</summary>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name)
    {
        var comments = new List<string>();
        var words = new List<ConlluWord>();
        var multiword = new List<(int First, int Last, string Form, string Misc)>();
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return Build(comments, words, multiword);
                    comments = [];
                    words = [];
                    multiword = [];
                }

                continue;
            }

            if (line[0] == '#')
            {
                comments.Add(line.Length > 1 && line[1] == ' ' ? line[2..] : line[1..]);
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 10)
            {
                throw new ReadoutException(ErrorCodes.EvaluationDataMalformed, $"{name}:{lineNumber}: expected 10 tab-separated fields, found {fields.Length}");
            }

            var id = fields[0];
            var dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                multiword.Add((int.Parse(id.AsSpan(0, dash)), int.Parse(id.AsSpan(dash + 1)), fields[1], fields[9]));
                continue;
            }

            if (id.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            if (!int.TryParse(id, out var wordId))
            {
                throw new ReadoutException(ErrorCodes.EvaluationDataMalformed, $"{name}:{lineNumber}: bad word id '{id}'");
            }

            words.Add(new ConlluWord
            {
                Id = wordId,
                Form = fields[1],
                Lemma = fields[2],
                Upos = fields[3],
                Xpos = fields[4],
                Feats = fields[5],
                Head = fields[6] == "_" ? -1 : int.Parse(fields[6]),
                Deprel = fields[7],
                Deps = fields[8],
                Misc = fields[9],
            });
        }

        if (words.Count > 0)
        {
            yield return Build(comments, words, multiword);
        }
    }

    private static ConlluSentence Build(List<string> comments, List<ConlluWord> words, List<(int First, int Last, string Form, string Misc)> multiword)
    {
        string? id = null, text = null, newDocument = null;
        bool startsDocument = false, startsParagraph = false;
        foreach (var comment in comments)
        {
            if (comment.StartsWith("sent_id", StringComparison.Ordinal))
            {
                id = ValueOf(comment);
            }
            else if (comment.StartsWith("text ", StringComparison.Ordinal) || comment.StartsWith("text=", StringComparison.Ordinal))
            {
                text = ValueOf(comment);
            }
            else if (comment.StartsWith("newdoc", StringComparison.Ordinal))
            {
                startsDocument = true;
                startsParagraph = true;
                newDocument = ValueOf(comment);
            }
            else if (comment.StartsWith("newpar", StringComparison.Ordinal))
            {
                startsParagraph = true;
            }
        }

        var tokens = new List<ConlluToken>(words.Count);
        var next = 0;
        for (var w = 0; w < words.Count; w = next)
        {
            next = w + 1;
            var range = multiword.Find(m => m.First == words[w].Id);
            if (range.Form is not null)
            {
                var last = w;
                while (last + 1 < words.Count && words[last + 1].Id <= range.Last)
                {
                    last++;
                }

                tokens.Add(new ConlluToken(range.Form, w, last, !ConlluSentence.HasMisc(range.Misc, "SpaceAfter=No")));
                next = last + 1;
            }
            else
            {
                tokens.Add(new ConlluToken(words[w].Form, w, w, words[w].SpaceAfter));
            }
        }

        return new ConlluSentence
        {
            Id = id,
            Text = text,
            NewDocument = newDocument,
            StartsDocument = startsDocument,
            StartsParagraph = startsParagraph,
            Comments = comments,
            Words = words,
            Tokens = tokens,
        };
    }

    private static string ValueOf(string comment)
    {
        var equals = comment.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? string.Empty : comment[(equals + 1)..].Trim();
    }
}
