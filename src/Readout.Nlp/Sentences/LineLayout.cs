using Readout.Nlp.Tokenization;

namespace Readout.Nlp.Sentences;

/// <summary>Decides whether single line breaks in a text are layout (hard wrapping) or structure.</summary>
internal static class LineLayout
{
    /// <summary>
    /// True when the text looks hard-wrapped: many long lines that stop mid-sentence, as in old wire copy.
    /// Then a single line break is a space, and only blank lines, indentation and bullets start new blocks.
    /// </summary>
    public static bool IsHardWrapped(string text)
    {
        int lines = 0, wrapped = 0, lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
            {
                continue;
            }

            var line = text.AsSpan(lineStart, i - lineStart).Trim();
            lineStart = i + 1;
            if (line.Length == 0)
            {
                continue;
            }

            lines++;
            if (line.Length >= 45 && line[^1] is not ('.' or '!' or '?' or '"' or '\u201D' or ':' or ';'))
            {
                wrapped++;
            }
        }

        return lines >= 4 && wrapped * 10 >= lines * 4;
    }

    /// <summary>True when the line holding <paramref name="offset"/> starts a new block: indented, or a list item.</summary>
    public static bool StartsBlock(string text, int offset)
    {
        var lineStart = offset;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        if (offset - lineStart >= 2 || (offset > lineStart && text[lineStart] == '\t'))
        {
            return true;
        }

        var c = text[offset];
        if (c is '\u2022' or '\u00B7' or '\u25AA' or '\u25CF' or '*' or '-' or '\u2013' or '\u2014')
        {
            return true;
        }

        // "1." or "2)" list numbers.
        var i = offset;
        while (i < text.Length && CharClass.IsDigit(text[i]))
        {
            i++;
        }

        if (i > offset && i < text.Length && text[i] is '.' or ')')
        {
            return true;
        }

        // The previous line is short: a headline or a byline.
        var previousEnd = lineStart - 1;
        var previousStart = previousEnd;
        while (previousStart > 0 && text[previousStart - 1] != '\n')
        {
            previousStart--;
        }

        return previousEnd - previousStart < 40;
    }
}
