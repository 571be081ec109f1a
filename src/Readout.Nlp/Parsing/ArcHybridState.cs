namespace Readout.Nlp.Parsing;

/// <summary>
/// A configuration of the arc-hybrid transition system over one sentence: the stack, the buffer front, the arcs built so
/// far and, for features, each word's outermost children, valencies and child labels.
/// </summary>
/// <remarks>Words are 0..n-1 and the root is n. Reused across sentences through <see cref="Reset"/>; not thread-safe.</remarks>
public sealed class ArcHybridState
{
    private int[] _stack = new int[64];
    private int[] _heads = new int[64];
    private int[] _labels = new int[64];
    private int[] _leftmost = new int[64];
    private int[] _leftmost2 = new int[64];
    private int[] _rightmost = new int[64];
    private int[] _rightmost2 = new int[64];
    private int[] _leftCount = new int[64];
    private int[] _rightCount = new int[64];
    private ulong[] _leftLabels = new ulong[64];
    private ulong[] _rightLabels = new ulong[64];

    /// <summary>The number of words (the root's index).</summary>
    public int Length { get; private set; }

    /// <summary>The number of items on the stack.</summary>
    public int StackCount { get; private set; }

    /// <summary>The front of the buffer (Length when only the root is left).</summary>
    public int Buffer { get; private set; }

    /// <summary>True when every word is attached.</summary>
    public bool IsTerminal => StackCount == 0 && Buffer == Length;

    /// <summary>The head of each word so far (-1 none, Length for the root).</summary>
    public ReadOnlySpan<int> Heads => _heads.AsSpan(0, Length);

    /// <summary>The label of each word's arc so far (-1 none).</summary>
    public ReadOnlySpan<int> Labels => _labels.AsSpan(0, Length);

    /// <summary>Starts a sentence of <paramref name="length"/> words.</summary>
    public void Reset(int length)
    {
        if (_heads.Length < length + 1)
        {
            var size = Math.Max(length + 1, _heads.Length * 2);
            _stack = new int[size];
            _heads = new int[size];
            _labels = new int[size];
            _leftmost = new int[size];
            _leftmost2 = new int[size];
            _rightmost = new int[size];
            _rightmost2 = new int[size];
            _leftCount = new int[size];
            _rightCount = new int[size];
            _leftLabels = new ulong[size];
            _rightLabels = new ulong[size];
        }

        Length = length;
        StackCount = 0;
        Buffer = 0;
        for (var i = 0; i <= length; i++)
        {
            _heads[i] = -1;
            _labels[i] = -1;
            _leftmost[i] = -1;
            _leftmost2[i] = -1;
            _rightmost[i] = -1;
            _rightmost2[i] = -1;
            _leftCount[i] = 0;
            _rightCount[i] = 0;
            _leftLabels[i] = 0;
            _rightLabels[i] = 0;
        }
    }

    /// <summary>The stack item <paramref name="depth"/> below the top (0 = top), or -1.</summary>
    public int Stack(int depth) => depth < StackCount ? _stack[StackCount - 1 - depth] : -1;

    /// <summary>The buffer item <paramref name="offset"/> after the front, or -1 past the root.</summary>
    public int BufferAt(int offset) => Buffer + offset <= Length ? Buffer + offset : -1;

    /// <summary>True when <paramref name="transition"/> can be applied; LEFT(root) only attaches the last word to the root, and only it may.</summary>
    public bool IsValid(int transition, int rootLabel)
    {
        if (transition == Transition.Shift)
        {
            return Buffer < Length;
        }

        var label = Transition.LabelOf(transition);
        if (Transition.IsLeft(transition))
        {
            return StackCount > 0 && (Buffer < Length ? label != rootLabel : StackCount == 1 && label == rootLabel);
        }

        return StackCount > 1 && label != rootLabel;
    }

    /// <summary>Applies a valid transition.</summary>
    public void Apply(int transition)
    {
        if (transition == Transition.Shift)
        {
            _stack[StackCount++] = Buffer++;
            return;
        }

        var dependent = _stack[--StackCount];
        var head = Transition.IsLeft(transition) ? Buffer : _stack[StackCount - 1];
        AddArc(head, dependent, Transition.LabelOf(transition));
    }

    /// <summary>The leftmost (<paramref name="second"/>: second leftmost) child of <paramref name="word"/>, or -1.</summary>
    public int LeftChild(int word, bool second = false) => word < 0 ? -1 : second ? _leftmost2[word] : _leftmost[word];

    /// <summary>The rightmost (<paramref name="second"/>: second rightmost) child of <paramref name="word"/>, or -1.</summary>
    public int RightChild(int word, bool second = false) => word < 0 ? -1 : second ? _rightmost2[word] : _rightmost[word];

    /// <summary>The number of left children of <paramref name="word"/>.</summary>
    public int LeftCount(int word) => word < 0 ? 0 : _leftCount[word];

    /// <summary>The number of right children of <paramref name="word"/>.</summary>
    public int RightCount(int word) => word < 0 ? 0 : _rightCount[word];

    /// <summary>The set of labels of the left children of <paramref name="word"/>, as a bit mask.</summary>
    public ulong LeftLabels(int word) => word < 0 ? 0 : _leftLabels[word];

    /// <summary>The set of labels of the right children of <paramref name="word"/>, as a bit mask.</summary>
    public ulong RightLabels(int word) => word < 0 ? 0 : _rightLabels[word];

    /// <summary>The label of the arc into <paramref name="word"/>, or -1.</summary>
    public int LabelOfWord(int word) => word < 0 || word >= Length ? -1 : _labels[word];

    private void AddArc(int head, int dependent, int label)
    {
        _heads[dependent] = head;
        _labels[dependent] = label;
        var bit = 1UL << (label & 63);
        if (dependent < head)
        {
            // Left children arrive right to left: the newest is the leftmost so far.
            _leftCount[head]++;
            _leftLabels[head] |= bit;
            if (_leftmost[head] < 0 || dependent < _leftmost[head])
            {
                _leftmost2[head] = _leftmost[head];
                _leftmost[head] = dependent;
            }
            else if (_leftmost2[head] < 0 || dependent < _leftmost2[head])
            {
                _leftmost2[head] = dependent;
            }
        }
        else
        {
            _rightCount[head]++;
            _rightLabels[head] |= bit;
            if (dependent > _rightmost[head])
            {
                _rightmost2[head] = _rightmost[head];
                _rightmost[head] = dependent;
            }
            else if (dependent > _rightmost2[head])
            {
                _rightmost2[head] = dependent;
            }
        }
    }
}
