using System.Collections.Immutable;
using Readout.Core.Errors;

namespace Readout.Core.Processing;

/// <summary>Builds a <see cref="Pipeline"/>; every <see cref="Add"/> returns a new builder.</summary>
public sealed class PipelineBuilder
{
    private readonly ImmutableArray<IComponent> _components;

    private PipelineBuilder(ImmutableArray<IComponent> components)
    {
        _components = components;
    }

    /// <summary>An empty builder.</summary>
    public static PipelineBuilder Empty { get; } = new([]);

    /// <summary>The components added so far.</summary>
    public ImmutableArray<IComponent> Components => _components;

    /// <summary>A builder with <paramref name="component"/> appended; this builder is unchanged.</summary>
    public PipelineBuilder Add(IComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        return new PipelineBuilder(_components.Add(component));
    }

    /// <summary>Checks the order and builds the pipeline.</summary>
    /// <exception cref="ReadoutException">
    /// <see cref="ErrorCodes.MissingRequirement"/> when a component requires a layer that no earlier component
    /// produces; <see cref="ErrorCodes.DuplicateComponent"/> when a name appears twice.
    /// </exception>
    public Pipeline Build()
    {
        var produced = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in _components)
        {
            if (!names.Add(component.Name))
            {
                throw new ReadoutException(ErrorCodes.DuplicateComponent, $"component '{component.Name}' is added twice");
            }

            foreach (var required in component.Requires)
            {
                if (!produced.Contains(required))
                {
                    var producers = _components.Where(c => c.Produces.Contains(required)).Select(c => c.Name).ToList();
                    var hint = producers.Count == 0
                        ? "no component in this pipeline produces it"
                        : $"it is produced by {string.Join(", ", producers.Select(p => $"'{p}'"))}, which must come earlier";
                    throw new ReadoutException(
                        ErrorCodes.MissingRequirement,
                        $"component '{component.Name}' requires layer '{required}': {hint}");
                }
            }

            produced.UnionWith(component.Produces);
        }

        return new Pipeline(_components);
    }
}
