namespace Readout.Extraction.Events;

/// <summary>
/// The verb classes speech transformations name (<c>SAY</c>, <c>WANT</c>, <c>ATTACK</c>…), read as a verb block's name
/// or a family of CAMEO codes, so that a dictionary's transformations apply to every verb of their meaning.
/// </summary>
internal static class VerbClasses
{
    /// <summary>True when a verb of <paramref name="block"/> coding <paramref name="code"/> belongs to <paramref name="className"/>.</summary>
    public static bool Matches(string className, string? block, string? code)
    {
        if (className.Contains('|', StringComparison.Ordinal))
        {
            foreach (var alternative in className.Split('|'))
            {
                if (Matches(alternative, block, code))
                {
                    return true;
                }
            }

            return false;
        }

        if (className == "Q")
        {
            return true;
        }

        // A CAMEO code prefix: "06" is root 06, "061" is 061 and its subcodes.
        if (className.Length > 0 && char.IsAsciiDigit(className[0]))
        {
            return code is not null && code.StartsWith(className, StringComparison.Ordinal);
        }

        if (block is not null && string.Equals(className, block, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var root = code is { Length: >= 2 } ? code[..2] : string.Empty;
        return className switch
        {
            // Statements, comments and claims: CAMEO 01.
            "SAY" or "CLAIM" => root == "01",

            // Wanting, hoping, intending: appeals and intents (02, 03).
            "WANT" => root is "02" or "03" || block is "WISH" or "HOPE" or "INTEND" or "VOW",

            // Material conflict: assault, fight, mass violence (18–20).
            "ATTACK" => root is "18" or "19" or "20",
            "ASSASSINATE" => code == "186",
            "ATTEMPT" => block is "ATTEMPT" or "STRIVE",

            // Committing to act: agreeing, promising, pledging, offering, vowing.
            "COMMIT" => block is "AGREE" or "PLEDGE" or "PROMISE" or "OFFER" or "VOW" or "INTEND" or "PREPARE" or "INTEND_STATE" || root == "03",
            _ => false,
        };
    }
}
