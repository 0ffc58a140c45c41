using System.Globalization;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ParserKit.Benchmarks;

// Modes (see bench/README.md):
//   (none)      full BenchmarkDotNet run of every class, then the ratio table, retained sizes and parallel speed-up
//   --quick     the same with a short in-process job (CI smoke test, < 2 minutes)
//   --ratios    no BenchmarkDotNet: a Stopwatch run of the same cases, then the same tables (about a minute)
// Anything else (e.g. --filter '*Hostile*') is passed to BenchmarkDotNet's switcher.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

bool quick = args.Contains("--quick");
bool ratiosOnly = args.Contains("--ratios");
string[] rest = [.. args.Where(a => a is not ("--quick" or "--ratios"))];
string mode = ratiosOnly ? "ratios" : quick ? "quick" : "full";
var report = new StringBuilder();
string loadBefore = LoadAverage();
var started = DateTime.UtcNow;

List<CaseResult> measurements;
if (ratiosOnly)
{
    Console.WriteLine("Stopwatch run (no BenchmarkDotNet): median of ≥ 5 samples per case.");
    measurements = Harness.RunStopwatch(includeLarge: true, sampleMs: 50, caseMs: 1500, Console.Out);
}
else
{
    Type[] types = [typeof(ParseBenchmarks), typeof(ScalingBenchmarks), typeof(HostileBenchmarks), typeof(CorpusBenchmarks)];
    var config = Config(quick);
    var summaries = rest.Length == 0
        ? BenchmarkRunner.Run(types, config)
        : BenchmarkSwitcher.FromTypes(types).Run(rest, config);
    measurements = [.. summaries.SelectMany(ToMeasurements)];
}

report.AppendLine(CultureInfo.InvariantCulture, $"## ParserKit benchmark figures ({mode} run, {started:yyyy-MM-dd HH:mm} UTC)");
report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture,
    $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, load average before {loadBefore}, after {LoadAverage()}.");
report.AppendLine();
report.AppendLine("### Ratios (all measured in this run)");
report.AppendLine();
report.Append(RatioTable.Format(RatioTable.Build(measurements)));
report.AppendLine();
report.AppendLine("### Measurements");
report.AppendLine();
report.Append(RatioTable.FormatMeasurements(measurements));
report.AppendLine();

if (rest.Length == 0)
{
    var retained = Harness.MeasureRetained([Inputs.Volume, Inputs.Seed1]);
    report.AppendLine("### Retained size (GC.GetTotalMemory(true) before/after holding the tree)");
    report.AppendLine();
    report.Append(Harness.FormatRetained(retained));
    report.AppendLine();

    var (sequentialMs, parallelMs, speedUp) = Harness.MeasureParallel(quick ? 5 : 15);
    report.AppendLine("### Parallel checking (220 corpus documents, parse + all rules, Stopwatch medians)");
    report.AppendLine();
    report.AppendLine(CultureInfo.InvariantCulture,
        $"sequential {sequentialMs:0.0} ms, Parallel.ForEach {parallelMs:0.0} ms: speed-up {speedUp:0.00}× on {Environment.ProcessorCount} cores.");
    report.AppendLine();

    bool markdigLossless = Equivalence.MarkdigRoundTrips(Inputs.Get(Inputs.Corpus1));
    report.AppendLine(CultureInfo.InvariantCulture,
        $"Markdig's trivia-tracking tree {(markdigLossless ? "round-trips" : "does NOT round-trip")} the concatenated corpus (RoundtripRenderer); ParserKit's round-trips every input (checked before timing).");
}

Console.WriteLine();
Console.WriteLine(report.ToString());
Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
string path = Path.Combine("BenchmarkDotNet.Artifacts", $"ratios-{mode}.md");
File.WriteAllText(path, report.ToString());
Console.WriteLine($"Written to {Path.GetFullPath(path)}");
return 0;

static IConfig Config(bool quick)
{
    var job = quick
        // In process: no generated project to build. A few short iterations: numbers for a smoke test, not for the README.
        ? Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
            .WithIterationTime(TimeInterval.FromMilliseconds(100)).WithId("Quick")
        : Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(12).WithId("Full");
    return ManualConfig.CreateEmpty()
        .AddJob(job)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddColumn(PerCharColumn.Chars, PerCharColumn.NsPerChar, PerCharColumn.BytesPerChar)
        .AddLogger(ConsoleLogger.Default)
        .AddExporter(MarkdownExporter.GitHub)
        .WithOptions(ConfigOptions.JoinSummary);
}

static IEnumerable<CaseResult> ToMeasurements(Summary summary)
{
    foreach (var report in summary.Reports)
    {
        var benchmarkCase = report.BenchmarkCase;
        if (report.ResultStatistics is null || benchmarkCase.Parameters["Input"] is not string input) continue;
        string group = benchmarkCase.Descriptor.Type.Name.Replace("Benchmarks", string.Empty, StringComparison.Ordinal);
        yield return new CaseResult(group, benchmarkCase.Descriptor.WorkloadMethod.Name, input,
            report.ResultStatistics.Mean, report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) ?? double.NaN);
    }
}

static string LoadAverage()
{
    try
    {
        return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
    }
    catch (IOException)
    {
        return "n/a";
    }
}
