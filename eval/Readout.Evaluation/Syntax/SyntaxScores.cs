using Readout.Evaluation.Reporting;

namespace Readout.Evaluation.Syntax;

/// <summary>Running counts of the CoNLL 2018 word-level metrics: UPOS, XPOS, UFeats, lemma, UAS, LAS.</summary>
public sealed class SyntaxScores
{
    /// <summary>Gold words seen.</summary>
    public long GoldWords { get; set; }

    /// <summary>System words produced.</summary>
    public long SystemWords { get; set; }

    /// <summary>System words aligned to a gold word with the same span.</summary>
    public long AlignedWords { get; set; }

    /// <summary>Words with the gold UPOS.</summary>
    public long Upos { get; set; }

    /// <summary>Words with the gold XPOS.</summary>
    public long Xpos { get; set; }

    /// <summary>Words with the gold universal features.</summary>
    public long Ufeats { get; set; }

    /// <summary>Words with the gold lemma.</summary>
    public long Lemma { get; set; }

    /// <summary>Words with the gold head.</summary>
    public long Uas { get; set; }

    /// <summary>Words with the gold head and universal relation.</summary>
    public long Las { get; set; }

    /// <summary>Adds the metrics to <paramref name="report"/>: accuracy when tokenization was gold, else F1.</summary>
    public void AddTo(EvaluationReport report, bool tagging, bool lemmas, bool parsing)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (tagging)
        {
            report.Metric("upos", F1(Upos)).Metric("xpos", F1(Xpos)).Metric("ufeats", F1(Ufeats));
            if (lemmas)
            {
                report.Metric("lemma", F1(Lemma));
            }
        }

        if (parsing)
        {
            report.Metric("uas", F1(Uas)).Metric("las", F1(Las));
        }
    }

    /// <summary>F1 of a count against system and gold words (equal to accuracy on gold tokenization).</summary>
    public double F1(long correct) => new Counts(correct, SystemWords, GoldWords).F1;
}
