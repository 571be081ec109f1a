namespace Readout.Core.Documents;

/// <summary>Layout facts about a token, set by the tokenizer.</summary>
[Flags]
public enum TokenFlags : byte
{
    /// <summary>Nothing special.</summary>
    None = 0,

    /// <summary>The token is the first on its line.</summary>
    LineStart = 1,

    /// <summary>The token is the first of a paragraph (a blank line or the start of the text precedes it).</summary>
    ParagraphStart = 2,

    /// <summary>
    /// The token continues the previous one's surface word: a clitic split the UD way
    /// ("do" + "n't", "Iran" + "'s"). Together they form one multiword token.
    /// </summary>
    JoinedToPrevious = 4,

    /// <summary>The token was matched as a URL, e-mail address, handle or hashtag.</summary>
    WebLike = 8,

    /// <summary>The token ends with a period that belongs to it (an abbreviation or initial).</summary>
    AbbreviationPeriod = 16,
}
