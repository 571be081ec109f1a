using System.Reflection;

namespace Readout.Knowledge.Building;

/// <summary>The facts the project writes itself (Building/Curated/*.tsv), embedded in this assembly.</summary>
internal static class CuratedData
{
    /// <summary>The tab-separated rows of a curated table, without comment lines; missing trailing fields are empty.</summary>
    public static IEnumerable<string[]> Rows(string name, int columns)
    {
        foreach (var line in Lines(name))
        {
            var fields = line.Split('\t');
            if (fields.Length < columns)
            {
                Array.Resize(ref fields, columns);
            }

            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i]?.Trim() ?? string.Empty;
            }

            yield return fields;
        }
    }

    /// <summary>The non-empty, non-comment lines of a curated file.</summary>
    public static IEnumerable<string> Lines(string name)
    {
        using var stream = typeof(CuratedData).Assembly.GetManifestResourceStream($"Readout.Knowledge.Curated.{name}")
            ?? throw new InvalidOperationException($"curated file '{name}' is not embedded in {typeof(CuratedData).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }

    /// <summary>Splits a "|"-separated list field.</summary>
    public static IEnumerable<string> List(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The assembly's informational version, recorded in the manifest.</summary>
    public static string ToolVersion =>
        typeof(CuratedData).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
}
