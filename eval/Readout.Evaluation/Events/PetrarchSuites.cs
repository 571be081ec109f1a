using Readout.Core.Errors;
using Readout.Extraction.Events.Dictionaries;

namespace Readout.Evaluation.Events;

/// <summary>Where the PETRARCH suites live in ../shared/data/event-coding, and how to load the dictionaries each names.</summary>
public static class PetrarchSuites
{
    /// <summary>The validation file of <paramref name="suite"/> (<c>petrarch2</c>, <c>upetrarch</c>, <c>gsr</c>) under <paramref name="data"/>.</summary>
    public static string FileOf(string data, string suite) => suite switch
    {
        "petrarch2" => Path.Combine(data, "petrarch2", "text", "PETR.UnitTest.records.xml"),
        "upetrarch" => Path.Combine(data, "universalpetrarch", "validate", "PETR_Validate_records_2_02.xml"),
        "gsr" => Path.Combine(data, "universalpetrarch", "data-text", "PETR2_GSR_validation.xml"),
        _ => throw new ReadoutException(ErrorCodes.InvalidOption, $"'{suite}' is not a PETRARCH suite (petrarch2, upetrarch, gsr)"),
    };

    /// <summary>Loads the dictionaries <paramref name="suite"/>'s environment names, looked for beside the file and in the dictionary folders.</summary>
    public static EventDictionary Dictionaries(string data, PetrarchSuite suite)
    {
        var folders = new[]
        {
            Path.GetDirectoryName(suite.Path)!,
            Path.Combine(data, "petrarch2", "dictionaries"),
            Path.Combine(data, "universalpetrarch", "data-dictionaries"),
            Path.Combine(data, "universalpetrarch", "validate"),
        };

        string Find(string name)
        {
            foreach (var folder in folders)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new ReadoutException(ErrorCodes.EvaluationDataMissing, $"{suite.Path}: dictionary '{name}' not found in {string.Join(", ", folders)}");
        }

        return PetrarchDictionary.Read(new PetrarchDictionaryFiles(
            Find(suite.VerbFile),
            [.. suite.ActorFiles.Select(Find)],
            [.. suite.AgentFiles.Select(Find)],
            suite.DiscardFile is null ? null : Find(suite.DiscardFile),
            suite.OntologyFile is null ? null : Find(suite.OntologyFile)));
    }
}
