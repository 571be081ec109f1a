using Readout.Core.Documents;
using Readout.Core.Processing;

namespace Readout.Nlp.Learning;

/// <summary>
/// The shared shape of a pipeline stage over a trained model: the model is loaded from its file on first use (once,
/// thread-safely) and shared by every thread; the version names the model's checksum.
/// </summary>
/// <typeparam name="TModel">The immutable model type.</typeparam>
public abstract class ModelBackedComponent<TModel> : IComponent
    where TModel : class
{
    private readonly Lazy<TModel> _model;

    /// <summary>A stage over the model file at <paramref name="path"/>, loaded with <paramref name="load"/> on first use.</summary>
    protected ModelBackedComponent(string path, Func<string, TModel> load)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(load);
        _model = new Lazy<TModel>(() => load(path), LazyThreadSafetyMode.ExecutionAndPublication);
        Version = ModelFile.VersionOf(path, "1.0");
    }

    /// <summary>A stage over a model already in memory (tests, training-time evaluation).</summary>
    protected ModelBackedComponent(TModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = new Lazy<TModel>(model);
    }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    /// <remarks>With the start of the model's checksum when the model came from a file with a manifest.</remarks>
    public string Version { get; } = "1.0";

    /// <inheritdoc />
    public abstract IReadOnlyList<string> Requires { get; }

    /// <inheritdoc />
    public abstract IReadOnlyList<string> Produces { get; }

    /// <summary>The model (loaded on first access).</summary>
    protected TModel Model => _model.Value;

    /// <inheritdoc />
    public abstract void Process(Document document);
}
