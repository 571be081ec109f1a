namespace Readout.Core.Documents;

/// <summary>The typed name of a result layer: a component stores a <typeparamref name="T"/> under it.</summary>
/// <typeparam name="T">The type of the layer's value.</typeparam>
public sealed class LayerKey<T>
    where T : class
{
    /// <summary>Declares a result layer.</summary>
    public LayerKey(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The layer's name, as used in a component's Requires and Produces.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
