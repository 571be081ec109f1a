using Readout.Core.Annotations;

namespace Readout.Knowledge.Actors;

/// <summary>Helpers for CAMEO actor codes: splitting into country and role, and one spelling of religion codes.</summary>
public static class ActorCodes
{
    /// <summary>Prefixes of codes for actors that belong to no single country (<c>IGOUNO</c>, <c>IMGMOSISI</c>).</summary>
    private static readonly string[] TransnationalPrefixes = ["IGO", "NGO", "IMG", "MNC"];

    /// <summary>
    /// Writes the Islam religion code as the CAMEO manual does (<c>MOS</c>), where the Phoenix dictionaries write
    /// <c>MUS</c>: <c>IMGMUSISI</c> → <c>IMGMOSISI</c>. Only three-letter groups after the first are changed, so
    /// Mauritius (<c>MUS</c>) keeps its country code.
    /// </summary>
    /// <param name="code">An actor code, or a role suffix when <paramref name="isSuffix"/> is set.</param>
    /// <param name="isSuffix">True for an agent's role suffix (<c>MUS</c>, <c>REBMUS</c>), where every group is a role.</param>
    public static string Normalize(string code, bool isSuffix = false)
    {
        ArgumentNullException.ThrowIfNull(code);
        var first = isSuffix ? 0 : 3;
        if (code.Length < first + 3 || !code.Contains("MUS", StringComparison.Ordinal))
        {
            return code;
        }

        var chars = code.ToCharArray();
        for (var i = first; i + 3 <= chars.Length; i += 3)
        {
            if (chars[i] == 'M' && chars[i + 1] == 'U' && chars[i + 2] == 'S')
            {
                chars[i + 1] = 'O';
            }
        }

        return new string(chars);
    }

    /// <summary>True for codes of actors with no country (<c>IGO…</c>, <c>NGO…</c>, <c>IMG…</c>, <c>MNC…</c>).</summary>
    public static bool IsTransnational(string code) =>
        code.Length >= 3 && TransnationalPrefixes.Contains(code[..3], StringComparer.Ordinal);

    /// <summary>Splits a code into the contract's <see cref="ActorCode"/>: <c>IRNGOV</c> → (IRN, GOV); <c>IGOUNO</c> → (null, IGOUNO).</summary>
    public static ActorCode ToAnnotation(string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        if (IsTransnational(code) || code.Length < 3)
        {
            return new ActorCode(code, null, code.Length > 3 ? code[3..] : null);
        }

        return new ActorCode(code, code[..3], code.Length > 3 ? code[3..] : null);
    }
}
