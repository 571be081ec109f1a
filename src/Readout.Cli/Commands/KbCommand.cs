using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Readout.Core.Errors;
using Readout.Knowledge;
using Readout.Knowledge.Actors;
using Readout.Knowledge.Building;
using Readout.Knowledge.Lookup;

namespace Readout.Cli.Commands;

/// <summary><c>readout kb build|lookup|stats</c>: compile the knowledge base, ask it about a name, describe it.</summary>
internal static class KbCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("kb", "Build and query the knowledge base of countries, places, organisations, armed groups and office holders.");
        command.Subcommands.Add(Build(context));
        command.Subcommands.Add(Lookup(context));
        command.Subcommands.Add(Stats(context));
        return command;
    }

    private static Command Build(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "The shared data folder.", DefaultValueFactory = _ => "../shared/data" };
        var output = new Option<string>("--out") { Description = "Where to write knowledge.bin and its manifest.", DefaultValueFactory = _ => Path.Combine("models", "kb") };
        var ontology = new Option<string?>("--ontology-out") { Description = "Where to write the CAMEO/PLOVER ontology (default: ontology/ beside --out)." };
        var warnings = new Option<bool>("--warnings") { Description = "List what the build skipped on standard error." };
        var command = new Command("build", "Compile models/kb/knowledge.bin and models/ontology/cameo-plover.json from ../shared/data (deterministic).")
        {
            data, output, ontology, warnings,
        };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var compilation = KnowledgeCompiler.Compile(parse.GetValue(data)!);
                var knowledgeDirectory = parse.GetValue(output)!;
                var ontologyDirectory = parse.GetValue(ontology)
                    ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(knowledgeDirectory)) ?? ".", "ontology");
                var (path, bytes, hash) = KnowledgeArtifacts.Write(compilation, knowledgeDirectory, ontologyDirectory);
                var statistics = KnowledgeStatistics.Of(compilation.Knowledge);
                context.Out.WriteLine($"wrote {path}: {bytes:N0} bytes, sha256 {hash}");
                context.Out.WriteLine($"  {statistics.Entries:N0} entries, {statistics.Aliases:N0} alias keys, {statistics.Roles:N0} dated roles, {statistics.Titles:N0} titles");
                context.Out.WriteLine($"wrote {Path.Combine(ontologyDirectory, KnowledgeArtifacts.OntologyFileName)}: {compilation.Ontology.Codes.Count} CAMEO codes");
                context.Out.WriteLine($"  {compilation.Warnings.Count} records skipped; {clock.Elapsed.TotalSeconds:F1} s");
                if (parse.GetValue(warnings))
                {
                    foreach (var warning in compilation.Warnings)
                    {
                        context.Error.WriteLine($"readout: kb build: {warning}");
                    }
                }

                return 0;
            }
            catch (ReadoutException error)
            {
                context.ReportError(parse.GetValue(data)!, error);
                return 1;
            }
        });
        return command;
    }

    private static Command Lookup(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "A name, title + name, demonym + title or role words (\"President Raisi\", \"the Syrian Foreign Minister\")." };
        var date = new Option<string?>("--date") { Description = "The date roles are resolved on (YYYY-MM-DD; default today)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var knowledge = KnowledgeOption();
        var limit = new Option<int>("--limit") { Description = "Show at most this many candidates.", DefaultValueFactory = _ => 5 };
        var command = new Command("lookup", "Print what the knowledge base knows about a name on a date.") { query, date, json, knowledge, limit };
        command.SetAction(parse =>
        {
            var day = DateOnly.FromDateTime(DateTime.UtcNow);
            if (parse.GetValue(date) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                context.ReportError("--date", new ReadoutException(ErrorCodes.InvalidOption, $"'{text}' is not a date in YYYY-MM-DD form"));
                return 2;
            }

            return WithKnowledge(context, parse.GetValue(knowledge), kb =>
            {
                var result = kb.Lookup(parse.GetValue(query)!, day);
                var candidates = result.Candidates.Take(Math.Max(1, parse.GetValue(limit))).ToList();
                if (parse.GetValue(json))
                {
                    context.Out.WriteLine(LookupJson(result, candidates).ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
                }
                else
                {
                    WriteLookup(context.Out, kb, result, candidates);
                }

                return result.Candidates.Count > 0 ? 0 : 3;
            });
        });
        return command;
    }

    private static Command Stats(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var knowledge = KnowledgeOption();
        var command = new Command("stats", "Describe the installed knowledge base: counts by kind, aliases, roles, sources.") { json, knowledge };
        command.SetAction(parse => WithKnowledge(context, parse.GetValue(knowledge), kb =>
        {
            var statistics = KnowledgeStatistics.Of(kb);
            if (parse.GetValue(json))
            {
                var counts = new JsonObject { ["entries"] = statistics.Entries };
                foreach (var (kind, count) in statistics.EntriesByKind)
                {
                    counts[JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString())] = count;
                }

                counts["alias_keys"] = statistics.Aliases;
                counts["alias_postings"] = statistics.Postings;
                counts["roles"] = statistics.Roles;
                counts["roles_with_office"] = statistics.RolesWithOffice;
                counts["open_ended_roles"] = statistics.OpenEndedRoles;
                counts["people_with_wikidata_ids"] = statistics.PeopleWithWikidataIds;
                counts["titles"] = statistics.Titles;
                var sources = new JsonArray([.. kb.Sources.Select(s => (JsonNode)new JsonObject
                {
                    ["name"] = s.Name, ["version"] = s.Version, ["licence"] = s.Licence, ["records"] = s.Records,
                })]);
                context.Out.WriteLine(new JsonObject { ["counts"] = counts, ["sources"] = sources }.ToJsonString());
                return 0;
            }

            context.Out.WriteLine($"{"entries",-28}{statistics.Entries,10:N0}");
            foreach (var (kind, count) in statistics.EntriesByKind)
            {
                context.Out.WriteLine($"  {kind,-26}{count,10:N0}");
            }

            context.Out.WriteLine($"{"alias keys",-28}{statistics.Aliases,10:N0}");
            context.Out.WriteLine($"{"alias postings",-28}{statistics.Postings,10:N0}");
            context.Out.WriteLine($"{"dated roles",-28}{statistics.Roles,10:N0}");
            context.Out.WriteLine($"{"  with an office",-28}{statistics.RolesWithOffice,10:N0}");
            context.Out.WriteLine($"{"  open-ended",-28}{statistics.OpenEndedRoles,10:N0}");
            context.Out.WriteLine($"{"people with Wikidata ids",-28}{statistics.PeopleWithWikidataIds,10:N0}");
            context.Out.WriteLine($"{"titles",-28}{statistics.Titles,10:N0}");
            context.Out.WriteLine();
            foreach (var source in kb.Sources)
            {
                context.Out.WriteLine($"{source.Name,-28}{source.Records,10:N0}  {source.Version}  {source.Licence}");
            }

            return 0;
        }));
        return command;
    }

    private static Option<string?> KnowledgeOption() =>
        new("--kb") { Description = "A compiled knowledge file (default: the installed models/kb/knowledge.bin)." };

    private static int WithKnowledge(CliContext context, string? path, Func<KnowledgeBase, int> action)
    {
        try
        {
            return action(path is null ? KnowledgeBase.Shared : KnowledgeBase.Load(path));
        }
        catch (ReadoutException error)
        {
            context.ReportError(path ?? KnowledgeBase.RelativePath, error);
            return 1;
        }
    }

    private static void WriteLookup(TextWriter output, KnowledgeBase knowledge, LookupResult result, List<LookupCandidate> candidates)
    {
        output.WriteLine($"{result.Query}  (on {Day(result.Date)})");
        var parts = new List<string>();
        if (result.Country is { } country)
        {
            parts.Add($"country {country.Name} ({country.ActorCode})");
        }

        if (result.Title is { } title)
        {
            parts.Add($"title \"{title.Phrase}\" ({title.Office}, {title.RoleCode ?? "no role"})");
        }

        if (result.Name is { } name)
        {
            parts.Add($"name \"{name}\"");
        }

        if (parts.Count > 0)
        {
            output.WriteLine($"  read as: {string.Join(" + ", parts)}");
        }

        if (candidates.Count == 0)
        {
            output.WriteLine("  nothing known");
            return;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var entry = candidate.Entry;
            var head = entry is null ? "(no entry: composed from role words)" : $"{entry.Name}  [{entry.Kind}, {entry.Id}]";
            output.WriteLine($"{i + 1}. {head}");
            output.WriteLine($"   actor {candidate.ActorCode ?? "-"}  country {candidate.Country ?? "-"}  via {Describe(candidate)}  score {candidate.Score:F2}");
            if (candidate.Role is { } role)
            {
                output.WriteLine($"   role: {role.Title ?? role.ActorCode} ({role.Office}), {Span(role)}");
            }

            if (entry?.Location is { } location)
            {
                output.WriteLine($"   at {location.Latitude:F4}, {location.Longitude:F4}; population {location.Population:N0}; GeoNames {location.GeoNamesId}{(location.IsApproximate ? " (approximate)" : string.Empty)}");
            }

            if (entry is not null && i == 0)
            {
                foreach (var other in entry.Roles.Where(r => r != candidate.Role && r.Office != Office.Unknown).Take(6))
                {
                    output.WriteLine($"   also: {other.Title ?? other.ActorCode} ({other.Office}), {Span(other)}");
                }

                var aliases = knowledge.AliasesOf(entry).Where(a => a.Kind != AliasKind.Surname).Select(a => a.Kind == AliasKind.Epithet ? a.Alias + " (epithet)" : a.Alias).Take(12);
                output.WriteLine($"   aliases: {string.Join(", ", aliases)}");
            }
        }
    }

    private static string Describe(LookupCandidate candidate)
    {
        var route = candidate.Route switch
        {
            LookupRoute.Alias => "alias",
            LookupRoute.TitleAndName => "title + name",
            LookupRoute.TitleAndSurname => "title + surname",
            LookupRoute.Surname => "surname",
            LookupRoute.OfficeHolder => "office holder on the date",
            _ => "role words",
        };
        return candidate.AliasKind switch
        {
            AliasKind.Epithet => route + " (non-neutral epithet)",
            AliasKind.Capital => route + " (capital for its government)",
            AliasKind.SeatOfGovernment => route + " (seat of government)",
            AliasKind.Demonym or AliasKind.DemonymPlural => route + " (demonym)",
            AliasKind.FormerName => route + " (former name)",
            _ => route,
        };
    }

    private static string Span(RoleSpan role)
    {
        var start = role.Start is { } s ? Day(s) + ((role.Flags & RoleSpanFlags.StartYearOnly) != 0 ? " (year only)" : string.Empty) : "…";
        var end = role.End is { } e ? Day(e) + ((role.Flags & RoleSpanFlags.EndInferred) != 0 ? " (next holder took office)" : string.Empty) : "open-ended";
        return $"{start} – {end} [{role.Source}]";
    }

    private static JsonObject LookupJson(LookupResult result, List<LookupCandidate> candidates) => new()
    {
        ["query"] = result.Query,
        ["date"] = Day(result.Date),
        ["key"] = result.Key,
        ["country"] = result.Country?.ActorCode,
        ["title"] = result.Title is { } title ? new JsonObject { ["phrase"] = title.Phrase, ["role"] = title.RoleCode, ["office"] = title.Office.ToString() } : null,
        ["name"] = result.Name,
        ["candidates"] = new JsonArray([.. candidates.Select(c => (JsonNode)new JsonObject
        {
            ["id"] = c.Entry?.Id,
            ["name"] = c.Entry?.Name,
            ["kind"] = c.Entry?.Kind.ToString(),
            ["actor"] = c.ActorCode,
            ["country"] = c.Country,
            ["route"] = c.Route.ToString(),
            ["alias_kind"] = c.AliasKind?.ToString(),
            ["epithet"] = c.IsEpithet,
            ["metonym"] = c.IsMetonym,
            ["score"] = Math.Round(c.Score, 3),
            ["role"] = c.Role is { } role ? new JsonObject
            {
                ["code"] = role.ActorCode,
                ["office"] = role.Office.ToString(),
                ["title"] = role.Title,
                ["start"] = role.Start is { } s ? Day(s) : null,
                ["end"] = role.End is { } e ? Day(e) : null,
                ["flags"] = role.Flags.ToString(),
            } : null,
            ["location"] = c.Entry?.Location is { } l ? new JsonObject
            {
                ["latitude"] = l.Latitude, ["longitude"] = l.Longitude, ["population"] = l.Population, ["geonames_id"] = l.GeoNamesId,
            } : null,
        })]),
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
