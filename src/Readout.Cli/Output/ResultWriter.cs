using System.Globalization;
using System.Text;
using System.Text.Json;
using Parquet;
using Parquet.Schema;
using Readout.Storage.Queries;
using Spectre.Console;

namespace Readout.Cli.Output;

/// <summary>Writes a <see cref="ResultTable"/> as a table, CSV, JSON Lines or Parquet.</summary>
internal static class ResultWriter
{
    /// <summary>Writes <paramref name="table"/> in <paramref name="format"/> to <paramref name="output"/> (text formats) or <paramref name="path"/> (Parquet).</summary>
    public static void Write(ResultTable table, ResultFormat format, TextWriter output, string? path, bool colours)
    {
        switch (format)
        {
            case ResultFormat.Csv:
                WriteCsv(table, output);
                break;
            case ResultFormat.Jsonl:
                WriteJsonl(table, output);
                break;
            case ResultFormat.Parquet:
                WriteParquet(table, path ?? throw new InvalidOperationException("Parquet needs a file"));
                break;
            default:
                WriteTable(table, output, colours);
                break;
        }
    }

    private static void WriteTable(ResultTable table, TextWriter output, bool colours)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = colours ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colours ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!colours)
        {
            console.Profile.Width = 200;
        }

        var grid = new Table().Border(TableBorder.Simple);
        foreach (var column in table.Columns)
        {
            var header = new TableColumn(Markup.Escape(column.Name));
            grid.AddColumn(column.Type == ColumnType.Text ? header : header.RightAligned());
        }

        foreach (var row in table.Rows)
        {
            grid.AddRow(row.Select(value => new Text(Shorten(Format(value)))).ToArray<Spectre.Console.Rendering.IRenderable>());
        }

        console.Write(grid);
        console.WriteLine($"{table.Rows.Count:N0} rows");
    }

    private static void WriteCsv(ResultTable table, TextWriter output)
    {
        output.WriteLine(string.Join(',', table.Columns.Select(c => Quote(c.Name))));
        foreach (var row in table.Rows)
        {
            output.WriteLine(string.Join(',', row.Select(value => Quote(Format(value)))));
        }
    }

    private static void WriteJsonl(ResultTable table, TextWriter output)
    {
        using var buffer = new MemoryStream();
        foreach (var row in table.Rows)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    var name = table.Columns[i].Name;
                    switch (row[i])
                    {
                        case null:
                            json.WriteNull(name);
                            break;
                        case long number:
                            json.WriteNumber(name, number);
                            break;
                        case double real:
                            json.WriteNumber(name, real);
                            break;
                        default:
                            json.WriteString(name, Convert.ToString(row[i], CultureInfo.InvariantCulture));
                            break;
                    }
                }

                json.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
    }

    private static void WriteParquet(ResultTable table, string path)
    {
        var fields = table.Columns.Select(c => c.Type switch
        {
            ColumnType.Integer => (DataField)new DataField<long?>(c.Name),
            ColumnType.Real => new DataField<double?>(c.Name),
            _ => new DataField<string>(c.Name, nullable: true),
        }).ToArray();
        using var stream = File.Create(path);
        Task.Run(async () =>
        {
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
            using var group = writer.CreateRowGroup();
            for (var i = 0; i < fields.Length; i++)
            {
                var column = i;
                switch (table.Columns[i].Type)
                {
                    case ColumnType.Integer:
                        await group.WriteAsync<long>(fields[i], table.Rows.Select(r => (long?)r[column]).ToArray());
                        break;
                    case ColumnType.Real:
                        await group.WriteAsync<double>(fields[i], table.Rows.Select(r => (double?)r[column]).ToArray());
                        break;
                    default:
                        await group.WriteAsync(fields[i], table.Rows.Select(r => (string)r[column]!).ToArray());
                        break;
                }
            }
        }).GetAwaiter().GetResult();
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        double real => real.ToString("0.###", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 80 ? flat : flat[..79] + "…";
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
