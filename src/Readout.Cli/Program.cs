using Readout.Cli;

var context = CliContext.FromConsole();
try
{
    return CliApplication.Run(args, context);
}
finally
{
    context.Out.Flush();
    context.Error.Flush();
}
