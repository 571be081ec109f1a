using Readout.Core.Errors;

namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// Reads the lines of a PETRARCH dictionary with its comments removed: <c>#</c> at the start of a line or after
/// whitespace, <c>&lt;!-- … --&gt;</c> on one line or across several, and blank lines.
/// </summary>
internal static class PetrarchLines
{
    /// <summary>The non-empty lines of <paramref name="path"/> with comments removed, with their 1-based line numbers.</summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.ModelMissing"/> when the file does not exist.</exception>
    public static IEnumerable<(int Number, string Text)> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ReadoutException(ErrorCodes.ModelMissing, $"dictionary file '{path}' does not exist");
        }

        using var reader = new StreamReader(path);
        foreach (var line in Read(reader))
        {
            yield return line;
        }
    }

    /// <summary>The non-empty lines read from <paramref name="reader"/> with comments removed, with their 1-based line numbers.</summary>
    public static IEnumerable<(int Number, string Text)> Read(TextReader reader)
    {
        var number = 0;
        var inComment = false;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = raw;
            if (inComment)
            {
                var close = line.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                {
                    continue;
                }

                inComment = false;
                line = line[(close + 3)..];
            }

            while (line.IndexOf("<!", StringComparison.Ordinal) is var open and >= 0)
            {
                var close = line.IndexOf("-->", open, StringComparison.Ordinal);
                if (close < 0)
                {
                    // "<! -- …" without a close on this line opens a multi-line comment, as PETRARCH reads it.
                    inComment = !line.AsSpan(open).TrimEnd().EndsWith(">");
                    line = line[..open];
                    break;
                }

                line = line[..open] + line[(close + 3)..];
            }

            line = StripHashComment(line).TrimEnd();
            if (line.Trim().Length > 0)
            {
                yield return (number, line);
            }
        }
    }

    private static string StripHashComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1]) || line[i - 1] == ']' || line[i - 1] == '}'))
            {
                return line[..i];
            }
        }

        return line;
    }
}
