namespace Readout.Nlp.Parsing;

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): the number of gold arcs a transition makes
/// unreachable from the current configuration. Zero-cost transitions are the correct ones, from any configuration.
/// </summary>
/// <remarks>Exact for projective gold trees (training trees are projectivized first). A wrong label on a right arc costs one.</remarks>
public static class ArcHybridOracle
{
    /// <summary>The cost of <paramref name="transition"/> given gold heads (Length = root) and labels.</summary>
    public static int Cost(ArcHybridState state, int transition, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldLabels)
    {
        ArgumentNullException.ThrowIfNull(state);
        var b = state.Buffer;
        if (transition == Transition.Shift)
        {
            // b can no longer take a head from below the top of the stack, nor any stack item as a dependent.
            var cost = 0;
            for (var depth = 0; depth < state.StackCount; depth++)
            {
                var item = state.Stack(depth);
                if (goldHeads[item] == b)
                {
                    cost++;
                }

                if (depth > 0 && goldHeads[b] == item)
                {
                    cost++;
                }
            }

            return cost;
        }

        var s = state.Stack(0);
        var arcCost = DependentsInBuffer(state, s, goldHeads);
        var gold = goldHeads[s];
        int head;
        if (Transition.IsLeft(transition))
        {
            head = b;
            var s1 = state.Stack(1);
            if (gold != b && (gold == s1 || gold > b))
            {
                arcCost++;
            }
        }
        else
        {
            head = state.Stack(1);
            if (gold != head && gold >= b)
            {
                arcCost++;
            }
        }

        if (gold == head && goldLabels[s] != Transition.LabelOf(transition))
        {
            arcCost++;
        }

        return arcCost;
    }

    /// <summary>Fills <paramref name="costs"/> with the cost of every transition; invalid ones get <see cref="int.MaxValue"/>.</summary>
    public static void Costs(ArcHybridState state, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldLabels, int rootLabel, Span<int> costs)
    {
        ArgumentNullException.ThrowIfNull(state);
        costs.Fill(int.MaxValue);
        if (state.IsValid(Transition.Shift, rootLabel))
        {
            costs[Transition.Shift] = Cost(state, Transition.Shift, goldHeads, goldLabels);
        }

        if (state.StackCount == 0)
        {
            return;
        }

        var s = state.Stack(0);
        var lost = DependentsInBuffer(state, s, goldHeads);
        var gold = goldHeads[s];
        var b = state.Buffer;
        var s1 = state.Stack(1);
        var left = lost + (gold != b && (gold == s1 || gold > b) ? 1 : 0);
        var right = lost + (gold != s1 && gold >= b ? 1 : 0);
        var labels = (costs.Length - 1) / 2;
        for (var label = 0; label < labels; label++)
        {
            var penalty = label == goldLabels[s] ? 0 : 1;
            var leftTransition = Transition.Left(label);
            if (state.IsValid(leftTransition, rootLabel))
            {
                costs[leftTransition] = left + (gold == b ? penalty : 0);
            }

            var rightTransition = Transition.Right(label);
            if (state.IsValid(rightTransition, rootLabel))
            {
                costs[rightTransition] = right + (gold == s1 ? penalty : 0);
            }
        }
    }

    // Gold dependents of s still in the buffer are lost once s is popped.
    private static int DependentsInBuffer(ArcHybridState state, int s, ReadOnlySpan<int> goldHeads)
    {
        var cost = 0;
        for (var d = state.Buffer; d < state.Length; d++)
        {
            if (goldHeads[d] == s)
            {
                cost++;
            }
        }

        return cost;
    }
}
