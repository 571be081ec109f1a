using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Readout.Core.Errors;
using Readout.Extraction.Events.Dictionaries;

namespace Readout.Cli.Commands;

/// <summary>
/// <c>readout dict build</c>: compiles the production event dictionary (PETRARCH-2's CAMEO verb dictionary and Phoenix
/// agents, with Readout's compositions, nominal triggers and attitude words) into models/events with a manifest.
/// </summary>
internal static class DictCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("dict", "Compile event-coding dictionaries.");
        var data = new Option<string>("--data") { Description = "The event-coding data folder.", DefaultValueFactory = _ => "../shared/data/event-coding" };
        var output = new Option<string>("--out") { Description = "The model folder to write.", DefaultValueFactory = _ => "models/events" };
        var build = new Command("build", "Compile the production event dictionary (deterministic: same input, same bytes).") { data, output };
        build.SetAction(parse =>
        {
            try
            {
                Build(context, parse.GetValue(data)!, parse.GetValue(output)!);
                return 0;
            }
            catch (ReadoutException error)
            {
                context.ReportError("dict build", error);
                return 1;
            }
        });
        command.Subcommands.Add(build);
        return command;
    }

    private static void Build(CliContext context, string data, string output)
    {
        var dictionary = EventDictionaryBuilder.Build(data);
        Directory.CreateDirectory(output);
        var path = Path.Combine(output, "dictionary.bin");
        using (var stream = File.Create(path))
        {
            dictionary.Save(stream);
        }

        var bytes = File.ReadAllBytes(path);
        var verbs = dictionary.Verbs;
        var manifest = new JsonObject
        {
            ["model"] = "event-coding dictionary: CAMEO verb blocks, forms and patterns translated to dependency patterns, transformations, agents, nominal triggers, attitude words",
            ["file"] = "dictionary.bin",
            ["format"] = 1,
            ["bytes"] = bytes.Length,
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            ["built_by"] = "readout dict build",
            ["counts"] = new JsonObject
            {
                ["verb_blocks"] = verbs.Blocks.Count,
                ["verbs"] = verbs.Entries.Count,
                ["verb_forms"] = verbs.Forms.Count,
                ["patterns"] = verbs.Patterns.Count,
                ["synsets"] = verbs.Synsets.Count,
                ["transformations"] = verbs.Transformations.Count,
                ["agents"] = dictionary.Agents.Count,
                ["nominal_triggers"] = dictionary.NominalTriggers.Count,
                ["attitude_words"] = dictionary.Attitudes.Count,
            },
            ["sources"] = new JsonArray
            {
                Source("event-coding/petrarch2 " + EventDictionaryBuilder.VerbFile, "https://github.com/openeventdata/petrarch2", "676801cd9cb2924bbbad09f86d15c9323e7097bf", "MIT (Copyright (c) 2015 Open Event Data Alliance)"),
                Source("event-coding/petrarch2 " + EventDictionaryBuilder.AgentFile, "https://github.com/openeventdata/petrarch2", "676801cd9cb2924bbbad09f86d15c9323e7097bf", "MIT (Copyright (c) 2014 Open Event Data Alliance)"),
                Source("Readout curated compositions, nominal triggers, attitude words", "src/Readout.Extraction/Events/Dictionaries/Curated", "this repository", "MIT"),
            },
        };
        File.WriteAllText(Path.Combine(output, "manifest.json"), manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        context.Out.WriteLine($"wrote {path}: {bytes.Length:N0} bytes, {verbs.Entries.Count} verbs, {verbs.Patterns.Count} patterns, {dictionary.Agents.Count} agents");
    }

    private static JsonObject Source(string name, string origin, string version, string licence) => new()
    {
        ["name"] = name,
        ["origin"] = origin,
        ["version"] = version,
        ["licence"] = licence,
    };
}
