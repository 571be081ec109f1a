namespace Readout.Extraction.Quotations;

/// <summary>Who said it and the cue that says so, as token ranges.</summary>
/// <param name="CueFirst">First token of the cue, or -1 when there is none (a readout's "Name:").</param>
/// <param name="CueEnd">One past the cue's last token.</param>
/// <param name="SpeakerFirst">First token of the speaker's mention, or -1 when none was found.</param>
/// <param name="SpeakerEnd">One past the speaker mention's last token.</param>
/// <param name="Rule">The rule that found it.</param>
internal readonly record struct Attribution(int CueFirst, int CueEnd, int SpeakerFirst, int SpeakerEnd, string Rule)
{
    /// <summary>
    /// First token of a name that stands for the speaker mention elsewhere in the text (a first-person narrator's
    /// "I", named by how the others address them), or -1.
    /// </summary>
    public int NameFirst { get; init; } = -1;

    /// <summary>One past the last token of <see cref="NameFirst"/>'s name.</summary>
    public int NameEnd { get; init; } = -1;

    /// <summary>True when a speaker mention was found.</summary>
    public bool HasSpeaker => SpeakerFirst >= 0;

    /// <summary>The same cue and rule with another speaker.</summary>
    public Attribution WithSpeaker(int first, int end) => this with { SpeakerFirst = first, SpeakerEnd = end };
}
