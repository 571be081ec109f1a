using System.Security.Cryptography;
using System.Text.Json;

namespace Readout.Cli.Tests.Commands;

public sealed class KbCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("readout-kb-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>The miniature data folder the knowledge tests keep (tests/Readout.Knowledge.Tests/Fixtures/data).</summary>
    private static string Fixture()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Readout.slnx")))
            {
                return Path.Combine(directory.FullName, "tests", "Readout.Knowledge.Tests", "Fixtures", "data");
            }
        }

        throw new InvalidOperationException("the source tree was not found");
    }

    [Fact]
    public void Lookup_prints_the_office_holder_on_the_date_as_json()
    {
        var (exit, output, _) = CliRunner.Run(["kb", "lookup", "President Raisi", "--date", "2023-11-15", "--json"]);
        Assert.Equal(0, exit);
        var best = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]).RootElement.GetProperty("candidates")[0];
        Assert.Equal("Q5947347", best.GetProperty("id").GetString());
        Assert.Equal("IRNGOV", best.GetProperty("actor").GetString());
        Assert.Equal("President", best.GetProperty("role").GetProperty("office").GetString());
    }

    [Fact]
    public void Lookup_prints_a_readable_answer_by_default()
    {
        var (exit, output, _) = CliRunner.Run(["kb", "lookup", "the Syrian Foreign Minister", "--date", "2023-11-15"]);
        Assert.Equal(0, exit);
        Assert.Contains("Faisal Mekdad", output, StringComparison.Ordinal);
        Assert.Contains("SYRGOV", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_date_is_a_coded_error()
    {
        var (exit, _, error) = CliRunner.Run(["kb", "lookup", "Iran", "--date", "15/11/2023"]);
        Assert.Equal(2, exit);
        Assert.Contains("RO1006", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_counts_the_installed_knowledge_base()
    {
        var (exit, output, _) = CliRunner.Run(["kb", "stats", "--json"]);
        Assert.Equal(0, exit);
        var counts = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]).RootElement.GetProperty("counts");
        Assert.True(counts.GetProperty("country").GetInt32() > 200);
        Assert.True(counts.GetProperty("person").GetInt32() > 1000);
    }

    [Fact]
    public void Build_writes_the_file_and_a_manifest_with_its_checksum()
    {
        var output = Path.Combine(_directory, "models", "kb");
        var (exit, text, _) = CliRunner.Run(["kb", "build", "--data", Fixture(), "--out", output]);
        Assert.Equal(0, exit);
        var file = Path.Combine(output, "knowledge.bin");
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        Assert.Contains(hash, text, StringComparison.Ordinal);
        Assert.Equal(hash, JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json"))).RootElement.GetProperty("sha256").GetString());
        Assert.True(File.Exists(Path.Combine(_directory, "models", "ontology", "cameo-plover.json")));

        var (lookupExit, lookup, _) = CliRunner.Run(["kb", "lookup", "ISIL", "--kb", file, "--json"]);
        Assert.Equal(0, lookupExit);
        Assert.Contains("IMGMOSISI", lookup, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_from_a_missing_folder_is_a_coded_error()
    {
        var (exit, _, error) = CliRunner.Run(["kb", "build", "--data", Path.Combine(_directory, "absent"), "--out", Path.Combine(_directory, "kb")]);
        Assert.Equal(1, exit);
        Assert.Contains("RO2001", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_kb_scores_expected_entities_by_lookup()
    {
        File.WriteAllText(Path.Combine(_directory, "talks.txt"), "Tehran hosted the talks.");
        File.WriteAllText(Path.Combine(_directory, "talks.json"), """
            {"article": "talks.txt", "published": "2023-11-15", "entities": [
              {"name": "Iran", "type": "GPE", "actor": "IRN", "mentions": ["Tehran", "it"]},
              {"name": "Someone", "type": "PERSON", "actor": null, "mentions": ["Someone"]}]}
            """);
        var (exit, output, _) = CliRunner.Run(["eval", "kb", "--data", _directory, "--json"]);
        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]).RootElement;
        Assert.Equal(100.0, json.GetProperty("entity_country_accuracy").GetDouble());
        Assert.Equal(0.0, json.GetProperty("mention_actor_accuracy").GetDouble());
        Assert.Equal(1, json.GetProperty("mentions").GetInt32());
    }
}
