using Readout.Nlp.Parsing;

namespace Readout.Nlp.Tests.Parsing;

public sealed class ArcHybridTransitionTests
{
    // "The minister said that Iran would send envoys ." with heads 0-based, 9 = root.
    private static readonly int[] GoldHeads = [1, 2, 9, 6, 6, 6, 2, 6, 2];
    private const int Root = 0;
    private const int Det = 1;
    private const int Nsubj = 2;
    private const int Mark = 3;
    private const int Aux = 4;
    private const int Ccomp = 5;
    private const int Obj = 6;
    private const int Punct = 7;
    private static readonly int[] GoldLabels = [Det, Nsubj, Root, Mark, Nsubj, Aux, Ccomp, Obj, Punct];
    private static readonly int Transitions = Transition.Count(8);

    [Fact]
    public void Following_zero_cost_transitions_rebuilds_the_gold_tree()
    {
        var state = new ArcHybridState();
        state.Reset(GoldHeads.Length);
        var costs = new int[Transitions];
        var steps = 0;
        while (!state.IsTerminal)
        {
            ArcHybridOracle.Costs(state, GoldHeads, GoldLabels, Root, costs);
            state.Apply(Array.IndexOf(costs, 0));
            steps++;
        }

        Assert.Equal(GoldHeads, state.Heads.ToArray());
        Assert.Equal(GoldLabels, state.Labels.ToArray());
        Assert.Equal(2 * GoldHeads.Length, steps);
    }

    [Fact]
    public void Left_arc_makes_the_buffer_front_the_head_and_records_the_child()
    {
        var state = new ArcHybridState();
        state.Reset(3);
        state.Apply(Transition.Shift);
        state.Apply(Transition.Left(Det));
        Assert.Equal(1, state.Heads[0]);
        Assert.Equal(0, state.LeftChild(1));
        Assert.Equal(1, state.LeftCount(1));
        Assert.Equal(1UL << Det, state.LeftLabels(1));
        Assert.Equal(0, state.StackCount);
    }

    [Fact]
    public void Only_the_last_word_may_attach_to_the_root()
    {
        var state = new ArcHybridState();
        state.Reset(2);
        state.Apply(Transition.Shift);
        Assert.False(state.IsValid(Transition.Left(Root), Root));
        state.Apply(Transition.Shift);
        Assert.False(state.IsValid(Transition.Shift, Root));
        Assert.False(state.IsValid(Transition.Left(Root), Root));
        Assert.True(state.IsValid(Transition.Right(Det), Root));
        state.Apply(Transition.Right(Det));
        Assert.True(state.IsValid(Transition.Left(Root), Root));
        Assert.False(state.IsValid(Transition.Left(Det), Root));
        state.Apply(Transition.Left(Root));
        Assert.True(state.IsTerminal);
        Assert.Equal([2, 0], state.Heads.ToArray());
    }

    [Fact]
    public void Shift_costs_the_arcs_it_makes_unreachable()
    {
        // "The" then "minister" shifted (The ← minister is already lost): shifting "said" also loses minister ← said,
        // attaching minister to The loses its real head, attaching it to said costs nothing.
        var state = new ArcHybridState();
        state.Reset(GoldHeads.Length);
        state.Apply(Transition.Shift);
        state.Apply(Transition.Shift);
        Assert.Equal(1, ArcHybridOracle.Cost(state, Transition.Shift, GoldHeads, GoldLabels));
        Assert.Equal(0, ArcHybridOracle.Cost(state, Transition.Left(Nsubj), GoldHeads, GoldLabels));
        Assert.Equal(1, ArcHybridOracle.Cost(state, Transition.Right(Det), GoldHeads, GoldLabels));
    }

    [Fact]
    public void Wrong_label_on_a_correct_arc_costs_one()
    {
        var state = new ArcHybridState();
        state.Reset(GoldHeads.Length);
        state.Apply(Transition.Shift);
        Assert.Equal(0, ArcHybridOracle.Cost(state, Transition.Left(Det), GoldHeads, GoldLabels));
        Assert.Equal(1, ArcHybridOracle.Cost(state, Transition.Left(Nsubj), GoldHeads, GoldLabels));
    }

    [Fact]
    public void Projectivize_lifts_a_crossing_arc_to_the_head_of_its_head()
    {
        // Heads 0 ← 2, 1 ← 3, 3 ← 2 and 2 the root: the arc 3 → 1 spans word 2, which 3 does not dominate.
        int[] heads = [2, 3, 4, 2];
        var lifts = ParserTrainer.Projectivize(heads);
        Assert.Equal(1, lifts);
        Assert.Equal([2, 2, 4, 2], heads);
    }

    [Fact]
    public void A_missing_model_file_is_a_coded_error_not_a_missing_stage()
    {
        var parser = new ArcHybridParser(Path.Combine(Path.GetTempPath(), "readout-no-such-model", "model.bin"));
        var document = new Readout.Testing.DocBuilder().Sentence("Talks resumed .").Build();
        var error = Assert.Throws<Readout.Core.Errors.ReadoutException>(() => parser.Process(document));
        Assert.Equal(Readout.Core.Errors.ErrorCodes.ModelMissing, error.Code);
    }
}
