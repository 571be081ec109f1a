using System.CommandLine;
using Readout.Core.Errors;
using Readout.Storage;

namespace Readout.Cli.Commands;

/// <summary>The <c>--db</c> option every storage command shares, and opening the store it names.</summary>
internal static class DatabaseOption
{
    public static Option<string> Create() => new("--db")
    {
        Description = "A SQLite file (created on first use), or a PostgreSQL postgres:// URL or connection string.",
        DefaultValueFactory = _ => DocumentStores.DefaultPath,
    };

    /// <summary>Opens the store, or reports why not (one coded line) and returns null.</summary>
    public static IDocumentStore? Open(CliContext context, string address)
    {
        try
        {
            return DocumentStores.Open(address);
        }
        catch (ReadoutException error)
        {
            context.ReportError(DocumentStores.Describe(address), error);
            return null;
        }
    }
}
