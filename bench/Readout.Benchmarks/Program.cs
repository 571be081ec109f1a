using BenchmarkDotNet.Running;

// "load" runs the bounded HTTP load test of readout serve, "plot" draws throughput by document size; anything else
// goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "load")
{
    return await Readout.Benchmarks.Server.ExtractLoad.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "plot")
{
    return Readout.Benchmarks.Plotting.ThroughputBySize.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Readout.Benchmarks.Corpus.BenchmarkText).Assembly).Run(args);
return 0;
