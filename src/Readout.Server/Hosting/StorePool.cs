using System.Collections.Concurrent;
using Readout.Storage;

namespace Readout.Server.Hosting;

/// <summary>Open stores shared by requests: a store is used by one thread at a time, so each request rents one.</summary>
/// <remarks>At most <c>capacity</c> stores are kept open; more concurrent requests wait for one to be returned.</remarks>
internal sealed class StorePool : IDisposable
{
    private readonly string _address;
    private readonly ConcurrentBag<IDocumentStore> _idle = [];
    private readonly SemaphoreSlim _slots;

    public StorePool(string address, int capacity)
    {
        _address = address;
        _slots = new SemaphoreSlim(capacity, capacity);
    }

    /// <summary>Runs <paramref name="use"/> with a store, opening one when none is idle.</summary>
    /// <exception cref="Core.Errors.ReadoutException">DatabaseUnavailable and the other opening errors.</exception>
    public async Task<T> Use<T>(Func<IDocumentStore, T> use, CancellationToken cancellation)
    {
        await _slots.WaitAsync(cancellation).ConfigureAwait(false);
        IDocumentStore? store = null;
        try
        {
            store = _idle.TryTake(out var idle) ? idle : DocumentStores.Open(_address);
            var result = use(store);
            _idle.Add(store);
            store = null;
            return result;
        }
        finally
        {
            // A store whose use threw may hold a broken connection or transaction: close it rather than reuse it.
            store?.Dispose();
            _slots.Release();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var store))
        {
            store.Dispose();
        }

        _slots.Dispose();
    }
}
