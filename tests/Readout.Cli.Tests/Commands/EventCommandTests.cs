using System.Text.Json;

namespace Readout.Cli.Tests.Commands;

public sealed class EventCommandTests : IDisposable
{
    // A two-record validation file in the UD-PETRARCH layout, with dictionaries, all written for this test.
    private const string Records = """
        <Validation>
        <Environment>
            <Verbfile>verbs.txt</Verbfile>
            <Actorfile>actors.txt</Actorfile>
            <Agentfile>agents.txt</Agentfile>
            <Include>DEMO</Include>
        </Environment>
        <Sentences>
        <Sentence category="DEMO" date="20230101" id="D-1" evaluate="true">
        <EventCoding eventcode="190" sourcecode="IRN" targetcode="SYR" />
        <Text>
        Iran attacked Syria.
        </Text>
        <Parse>
        1	Iran	Iran	PROPN	NNP	_	2	nsubj	_	_
        2	attacked	attack	VERB	VBD	_	0	root	_	_
        3	Syria	Syria	PROPN	NNP	_	2	obj	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	2	punct	_	_
        </Parse>
        </Sentence>
        <Sentence category="DEMO" date="20230101" id="D-2" evaluate="true">
        <EventCoding noevents="True" />
        <Text>
        Iran slept.
        </Text>
        <Parse>
        1	Iran	Iran	PROPN	NNP	_	2	nsubj	_	_
        2	slept	sleep	VERB	VBD	_	0	root	_	SpaceAfter=No
        3	.	.	PUNCT	.	_	2	punct	_	_
        </Parse>
        </Sentence>
        </Sentences>
        </Validation>
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("readout-events-").FullName;

    public EventCommandTests()
    {
        var suite = Directory.CreateDirectory(Path.Combine(_directory, "universalpetrarch", "validate")).FullName;
        File.WriteAllText(Path.Combine(suite, "PETR_Validate_records_2_02.xml"), Records);
        File.WriteAllText(Path.Combine(suite, "verbs.txt"), "--- ATTACK [190] ---\nATTACK\n");
        File.WriteAllText(Path.Combine(suite, "actors.txt"), "IRAN [IRN]\nSYRIA [SYR]\n");
        File.WriteAllText(Path.Combine(suite, "agents.txt"), "OFFICIAL [~GOV]\n");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Suite_is_scored_with_its_own_dictionaries_found_and_extra_in_percent()
    {
        var (exit, output, error) = CliRunner.Run(["eval", "events", "--suite", "upetrarch", "--data", _directory, "--json"]);
        Assert.True(exit == 0, error);
        var json = JsonDocument.Parse(output.TrimEnd().Split('\n')[^1]).RootElement;
        Assert.Equal(100.0, json.GetProperty("found").GetDouble());
        Assert.Equal(0.0, json.GetProperty("extra").GetDouble());
        Assert.Equal(2, json.GetProperty("records").GetInt32());
    }

    [Fact]
    public void Missing_suite_is_a_coded_error()
    {
        var (exit, _, error) = CliRunner.Run(["eval", "events", "--suite", "gsr", "--data", _directory]);
        Assert.Equal(1, exit);
        Assert.Contains("RO3001", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_says_what_the_pipeline_lacks_when_it_cannot_code_events()
    {
        var article = Path.Combine(_directory, "article.txt");
        File.WriteAllText(article, "Iran attacked Syria.");
        var (exit, _, error) = CliRunner.Run(["explain", article]);
        if (exit != 0)
        {
            Assert.Contains("RO1001", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Explain_with_given_entities_shows_code_evidence_rule_and_actors()
    {
        var article = Path.Combine(_directory, "article.txt");
        File.WriteAllText(article, "Iran attacked Syria on Tuesday.");
        var entities = Path.Combine(_directory, "expected.json");
        File.WriteAllText(entities, """
            {"article": "article.txt", "entities": [
              {"name": "Iran", "type": "GPE", "actor": "IRN", "mentions": ["Iran"]},
              {"name": "Syria", "type": "GPE", "actor": "SYR", "mentions": ["Syria"]}]}
            """);
        var (exit, output, error) = CliRunner.Run(["explain", article, "--entities", entities, "--published", "2024-03-07", "--event", "v1"]);
        Assert.True(exit == 0, error);
        Assert.Contains("CAMEO 190", output, StringComparison.Ordinal);
        Assert.Contains("evidence   \"Iran attacked Syria\"", output, StringComparison.Ordinal);
        Assert.Contains("source     IRN", output, StringComparison.Ordinal);
        Assert.Contains("target     SYR", output, StringComparison.Ordinal);
        Assert.Contains("date       2024-03-05", output, StringComparison.Ordinal);
    }
}
