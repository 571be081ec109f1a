namespace Readout.Evaluation.Events;

/// <summary>
/// Counts in the way PETRARCH's validation script counts: records, codings found, expected codings not coded, and
/// extra codings; found = correct / (correct + uncoded), extra = extra codings / records, both in percent.
/// </summary>
internal sealed class SuiteTally
{
    public int Records { get; private set; }

    public int Correct { get; private set; }

    public int Uncoded { get; private set; }

    public int Extra { get; private set; }

    public double Found => Correct + Uncoded == 0 ? 0 : 100.0 * Correct / (Correct + Uncoded);

    public double ExtraPercent => Records == 0 ? 0 : 100.0 * Extra / Records;

    public void Add(int correct, int uncoded, int extra)
    {
        Records++;
        Correct += correct;
        Uncoded += uncoded;
        Extra += extra;
    }
}
