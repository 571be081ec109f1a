using Microsoft.Extensions.FileSystemGlobbing;
using Readout.Core.Errors;

namespace Readout.Ingest.Inputs;

/// <summary>Expands command-line inputs into files: a file stays itself, a folder gives every file under it, a glob its matches.</summary>
public static class InputPaths
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>The files <paramref name="arguments"/> name, in a stable order (ordinal by path within each argument).</summary>
    /// <returns>Each file, or an error for an argument that names nothing.</returns>
    public static IEnumerable<(string Path, ReadoutException? Error)> Expand(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        foreach (var argument in arguments)
        {
            if (argument == "-" || File.Exists(argument))
            {
                yield return (argument, null);
            }
            else if (Directory.Exists(argument))
            {
                foreach (var file in Directory.EnumerateFiles(argument, "*", Recursive).Order(StringComparer.Ordinal))
                {
                    yield return (file, null);
                }
            }
            else if (argument.AsSpan().IndexOfAny('*', '?', '[') >= 0)
            {
                var matches = Glob(argument);
                if (matches.Count == 0)
                {
                    yield return (argument, new ReadoutException(ErrorCodes.InputNotFound, "the pattern matches no file"));
                }

                foreach (var match in matches)
                {
                    yield return (match, null);
                }
            }
            else
            {
                yield return (argument, new ReadoutException(ErrorCodes.InputNotFound, "no such file or folder"));
            }
        }
    }

    private static List<string> Glob(string pattern)
    {
        // The fixed folder part of the pattern is the root the matcher walks; the rest is matched below it.
        var normalized = pattern.Replace('\\', '/');
        var parts = normalized.Split('/');
        var fixedParts = parts.TakeWhile(part => part.AsSpan().IndexOfAny('*', '?', '[') < 0).ToList();
        var root = fixedParts.Count == 0 ? "." : string.Join('/', fixedParts);
        if (root.Length == 0)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', parts.Skip(fixedParts.Count)));
        return matcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal).ToList();
    }
}
