namespace Readout.Evaluation.Reporting;

/// <summary>True-positive, system and gold counts, and the precision, recall and F1 they give (in percent).</summary>
public readonly record struct Counts(long Correct, long System, long Gold)
{
    /// <summary>Precision in percent (100 when the system proposed nothing and gold is empty).</summary>
    public double Precision => System == 0 ? (Gold == 0 ? 100 : 0) : 100.0 * Correct / System;

    /// <summary>Recall in percent.</summary>
    public double Recall => Gold == 0 ? (System == 0 ? 100 : 0) : 100.0 * Correct / Gold;

    /// <summary>Harmonic mean of precision and recall, in percent.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two sets of counts.</summary>
    public static Counts operator +(Counts a, Counts b) => new(a.Correct + b.Correct, a.System + b.System, a.Gold + b.Gold);

    /// <summary>Counts spans present in both sets (exact match), given as sorted or unsorted lists.</summary>
    public static Counts Match<T>(IReadOnlyCollection<T> system, IReadOnlyCollection<T> gold)
        where T : IEquatable<T>
    {
        var goldSet = new HashSet<T>(gold);
        long correct = 0;
        foreach (var item in new HashSet<T>(system))
        {
            if (goldSet.Contains(item))
            {
                correct++;
            }
        }

        return new Counts(correct, system.Count, gold.Count);
    }
}
