namespace Readout.Distribution;

/// <summary>How a process names itself in run events and failure records: its role, host and process id.</summary>
internal static class Reporter
{
    public static string Of(string role) => $"{role} {Environment.MachineName}:{Environment.ProcessId}";
}
