using Readout.Core.Documents;
using Readout.Core.Processing;

namespace Readout.Nlp.Learning;

/// <summary>
/// The shared shape of a pipeline stage over a trained model: the model is loaded from its file on first use (once
/// per process and file, thread-safely) and shared by every thread and every pipeline; the version names the model's
/// checksum.
/// </summary>
/// <remarks>
/// The cache holds one immutable model per file path (a handful of files, so it stays bounded), the way the sentence
/// splitter's model is shared: building a pipeline must not cost a model load each time.
/// </remarks>
/// <typeparam name="TModel">The immutable model type.</typeparam>
public abstract class ModelBackedComponent<TModel> : IComponent
    where TModel : class
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<TModel>> Loaded = new(StringComparer.Ordinal);
    private readonly Lazy<TModel> _model;

    /// <summary>A stage over the model file at <paramref name="path"/>, loaded with <paramref name="load"/> on first use.</summary>
    protected ModelBackedComponent(string path, Func<string, TModel> load)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(load);
        var fullPath = Path.GetFullPath(path);
        _model = Loaded.GetOrAdd(fullPath, key => new Lazy<TModel>(() => load(key), LazyThreadSafetyMode.ExecutionAndPublication));
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
