using Readout.Core.Errors;

namespace Readout.Core.Models;

/// <summary>Finds the folder of shipped models and compiled knowledge.</summary>
/// <remarks>
/// Looked up in this order: the <c>READOUT_MODELS</c> environment variable; the <c>models</c> folder of the source
/// checkout the binary was built in (an ancestor directory holding <c>Readout.slnx</c>), so a freshly trained model
/// is used without a rebuild; a <c>models</c> folder beside the running binary (the packed tool). No download ever
/// happens.
/// </remarks>
public static class ModelDirectory
{
    private static readonly Lazy<string?> Located = new(Locate);

    /// <summary>The models folder, or null when none is installed.</summary>
    public static string? Path => Located.Value;

    /// <summary>The full path of <paramref name="relativePath"/> inside the models folder.</summary>
    /// <exception cref="ReadoutException"><see cref="ErrorCodes.ModelMissing"/> when the file is not installed.</exception>
    public static string Resolve(string relativePath)
    {
        var root = Path ?? throw new ReadoutException(
            ErrorCodes.ModelMissing,
            $"no models folder found (looked at $READOUT_MODELS, beside the binary and in the source tree) for '{relativePath}'");
        var full = System.IO.Path.Combine(root, relativePath);
        if (!File.Exists(full))
        {
            throw new ReadoutException(ErrorCodes.ModelMissing, $"model file '{full}' is not installed");
        }

        return full;
    }

    /// <summary>True when <paramref name="relativePath"/> exists in the models folder.</summary>
    public static bool Exists(string relativePath) =>
        Path is { } root && File.Exists(System.IO.Path.Combine(root, relativePath));

    private static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("READOUT_MODELS");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var models = System.IO.Path.Combine(directory.FullName, "models");
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Readout.slnx")) && Directory.Exists(models))
            {
                return models;
            }
        }

        var beside = System.IO.Path.Combine(AppContext.BaseDirectory, "models");
        if (Directory.Exists(beside))
        {
            return beside;
        }

        return null;
    }
}
