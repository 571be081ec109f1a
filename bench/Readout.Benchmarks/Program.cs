using BenchmarkDotNet.Running;

// "load" runs the bounded HTTP load test of readout serve; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "load")
{
    return await Readout.Benchmarks.Server.ExtractLoad.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Readout.Benchmarks.Corpus.BenchmarkText).Assembly).Run(args);
return 0;
