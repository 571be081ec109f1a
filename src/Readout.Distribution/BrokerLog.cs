namespace Readout.Distribution;

/// <summary>The broker's append-only logs, read without being consumed.</summary>
public enum BrokerLog
{
    /// <summary>Documents given up on (<see cref="Messages.FailureRecord"/>), and work messages the broker dead-lettered.</summary>
    Failures,

    /// <summary>Run events (<see cref="Messages.RunEvent"/>): published, done.</summary>
    Progress,
}
