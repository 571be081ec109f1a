using System.Diagnostics;
using Readout.Core.Errors;

namespace Readout.Distribution;

/// <summary>Retries a broker call while the broker is unavailable (a restart, a network blip), backing off up to 10 s.</summary>
internal static class BrokerRetry
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="call"/> until it succeeds, or rethrows once <paramref name="retryFor"/> has passed.</summary>
    public static async Task<T> RunAsync<T>(Func<Task<T>> call, TimeSpan retryFor, Action<ReadoutException, TimeSpan> onRetry, CancellationToken cancellation)
    {
        var started = Stopwatch.GetTimestamp();
        var delay = TimeSpan.FromMilliseconds(500);
        while (true)
        {
            try
            {
                return await call();
            }
            catch (ReadoutException error) when (error.Code == ErrorCodes.BrokerUnavailable && Stopwatch.GetElapsedTime(started) + delay < retryFor)
            {
                onRetry(error, delay);
                await Task.Delay(delay, cancellation);
                delay = delay * 2 < MaxDelay ? delay * 2 : MaxDelay;
            }
        }
    }

    /// <summary>Runs <paramref name="call"/> until it succeeds, or rethrows once <paramref name="retryFor"/> has passed.</summary>
    public static Task RunAsync(Func<Task> call, TimeSpan retryFor, Action<ReadoutException, TimeSpan> onRetry, CancellationToken cancellation) =>
        RunAsync(
            async () =>
            {
                await call();
                return true;
            },
            retryFor,
            onRetry,
            cancellation);
}
