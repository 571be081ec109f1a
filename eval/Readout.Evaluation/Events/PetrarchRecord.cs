namespace Readout.Evaluation.Events;

/// <summary>One <c>&lt;Sentence&gt;</c> of a PETRARCH validation file.</summary>
public sealed record PetrarchRecord
{
    /// <summary>The record id (<c>DEMO-02</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The category (<c>DEMO</c>, <c>COMPOUND</c>…).</summary>
    public required string Category { get; init; }

    /// <summary>The sentence date, which dated actor codes are read on.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>False when the file says <c>evaluate="false"</c>.</summary>
    public bool Evaluate { get; init; } = true;

    /// <summary>The sentence text, whitespace normalised.</summary>
    public required string Text { get; init; }

    /// <summary>The parse as given: CoNLL-U lines, a Penn Treebank bracketing, or empty.</summary>
    public string Parse { get; init; } = string.Empty;

    /// <summary>The expected codings.</summary>
    public IReadOnlyList<ExpectedCoding> Expected { get; init; } = [];

    /// <summary>True when the record expects no event at all.</summary>
    public bool ExpectsNoEvents { get; init; }

    /// <summary>An error the record expects instead of codings (<c>dateline</c>, <c>storydiscard</c>), or null.</summary>
    public string? ExpectedError { get; init; }

    /// <summary>True when the record has something to score: codings or an explicit "no events".</summary>
    public bool IsScorable => Expected.Count > 0 || ExpectsNoEvents;

    /// <summary>True when <see cref="Parse"/> holds CoNLL-U lines.</summary>
    public bool HasConlluParse => Parse.Length > 0 && char.IsAsciiDigit(Parse[0]);
}
