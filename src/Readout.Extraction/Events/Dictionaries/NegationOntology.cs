using System.Globalization;
using Readout.Core.Errors;

namespace Readout.Extraction.Events.Dictionaries;

/// <summary>
/// The PETRARCH internal coding ontology (PICO): each CAMEO code as a number whose parts say what kind of act it is, so
/// that "not X" is a code of its own (not disapproving is cooperating: 110 − 0xFFFF = 050). The PETRARCH validation
/// suites define negation this way; production marks negated events instead.
/// </summary>
public sealed class NegationOntology
{
    private const int NegationOffset = 0xFFFF;
    private readonly Dictionary<string, int> _values;
    private readonly Dictionary<int, string> _codes;

    private NegationOntology(Dictionary<string, int> values)
    {
        _values = values;
        _codes = [];
        foreach (var (code, value) in values)
        {
            _codes.TryAdd(value, code);
        }
    }

    /// <summary>The number of codes.</summary>
    public int Count => _values.Count;

    /// <summary>The code that means "not <paramref name="code"/>", or null when the ontology has none.</summary>
    public string? Negate(string code) =>
        _values.TryGetValue(code, out var value) && _codes.TryGetValue(value - NegationOffset, out var negated) && negated != "---" ? negated : null;

    /// <summary>Reads a PICO file (<c>CODE:VALUE#comment</c> lines, values as sums of hexadecimal terms).</summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.ModelMissing"/> when the file does not exist.</exception>
    public static NegationOntology Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ReadoutException(ErrorCodes.ModelMissing, $"coding ontology '{path}' does not exist");
        }

        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var hash = line.IndexOf('#', colon);
            var expression = (hash < 0 ? line[(colon + 1)..] : line[(colon + 1)..hash]).Trim();
            if (TryEvaluate(expression, out var value))
            {
                values.TryAdd(line[..colon].Trim(), value);
            }
        }

        return new NegationOntology(values);
    }

    private static bool TryEvaluate(string expression, out int value)
    {
        value = 0;
        var sign = 1;
        var at = 0;
        var any = false;
        while (at < expression.Length)
        {
            var c = expression[at];
            if (c is '+' or '-')
            {
                sign = c == '-' ? -1 : 1;
                at++;
                continue;
            }

            var end = at;
            while (end < expression.Length && expression[end] is not ('+' or '-'))
            {
                end++;
            }

            var term = expression.AsSpan(at, end - at).Trim();
            if (term.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                term = term[2..];
            }

            if (!int.TryParse(term, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            value += sign * number;
            sign = 1;
            any = true;
            at = end;
        }

        return any;
    }
}
