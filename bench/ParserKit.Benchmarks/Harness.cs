using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ParserKit.Frus;
using ParserKit.Frus.Rules;

namespace ParserKit.Benchmarks;

/// <summary>
/// Measurements that BenchmarkDotNet is not made for (retained size of a tree, parallel speed-up), and a
/// small Stopwatch runner that measures the same cases as the BenchmarkDotNet classes when a quick
/// table of ratios is all that is wanted. Not a substitute for BenchmarkDotNet's statistics: it reports the
/// median of a few samples, and says how far the samples spread.
/// </summary>
public static class Harness
{
    /// <summary>The cases of the BenchmarkDotNet classes, for the Stopwatch runner.</summary>
    public static IEnumerable<(string Group, string Method, string Input, Func<string, object> Run)> Cases(bool includeLarge)
    {
        foreach (string input in new[] { Inputs.Volume, Inputs.Seed0, Inputs.Seed1 })
        {
            yield return ("Parse", "RawScan", input, t => Workloads.RawScan(t));
            yield return ("Parse", "Markdig", input, t => Workloads.Markdig(t));
            yield return ("Parse", "ParseOnly", input, t => Workloads.ParseOnly(t));
            yield return ("Parse", "ParseAndRules", input, t => Workloads.ParseAndRules(t));
        }
        foreach (string input in includeLarge ? new[] { Inputs.Corpus1, Inputs.Corpus4, Inputs.Corpus16 } : [Inputs.Corpus1, Inputs.Corpus4])
        {
            yield return ("Scaling", "Markdig", input, t => Workloads.Markdig(t));
            yield return ("Scaling", "ParseOnly", input, t => Workloads.ParseOnly(t));
            yield return ("Scaling", "ParseAndRules", input, t => Workloads.ParseAndRules(t));
        }
        foreach (string input in new[] { Inputs.Corpus1, Inputs.HostileBrackets, Inputs.HostilePages })
        {
            yield return ("Hostile", "RawScan", input, t => Workloads.RawScan(t));
            yield return ("Hostile", "ParseOnly", input, t => Workloads.ParseOnly(t));
            yield return ("Hostile", "ParseAndRules", input, t => Workloads.ParseAndRules(t));
        }
        yield return ("Corpus", "MarkdigDocuments", Inputs.CorpusDocuments, _ => Workloads.MarkdigDocuments(Inputs.Documents));
        yield return ("Corpus", "SequentialDocuments", Inputs.CorpusDocuments, _ => Workloads.SequentialDocuments(Inputs.Documents));
        yield return ("Corpus", "ParallelDocuments", Inputs.CorpusDocuments, _ => Workloads.ParallelDocuments(Inputs.Documents));
    }

    /// <summary>
    /// Times every case with a Stopwatch: a warm-up, then samples of at least <paramref name="sampleMs"/> each
    /// until <paramref name="caseMs"/> is spent (at least 5 samples); the median sample, per operation.
    /// </summary>
    public static List<CaseResult> RunStopwatch(bool includeLarge, double sampleMs, double caseMs, TextWriter log)
    {
        var results = new List<CaseResult>();
        WarmUp();
        foreach (var (group, method, input, run) in Cases(includeLarge))
        {
            Equivalence.Check(input);
            string text = Inputs.Get(input);
            var (median, spread, bytes) = Time(() => run(text), sampleMs, caseMs);
            var result = new CaseResult(group, method, input, median, bytes);
            results.Add(result);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {group,-8} {method,-20} {input,-17} {median / 1e6,10:0.000} ms  {result.NsPerChar,7:0.000} ns/char  {result.BytesPerChar,7:0.00} B/char  spread ±{spread * 100:0}%"));
        }
        return results;
    }

    /// <summary>
    /// Brings every workload to tier-1 code before anything is timed: many calls on a small input, a few on a
    /// large one (BenchmarkDotNet gets the same from its warm-up iterations).
    /// </summary>
    public static void WarmUp()
    {
        string seed = Inputs.Get(Inputs.Seed1), corpus = Inputs.Get(Inputs.Corpus1);
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < 60; i++)
            {
                Workloads.RawScan(seed);
                Workloads.Markdig(seed);
                Workloads.ParseOnly(seed);
                Workloads.ParseAndRules(seed);
            }
            for (int i = 0; i < 3; i++)
            {
                Workloads.RawScan(corpus);
                Workloads.Markdig(corpus);
                Workloads.ParseOnly(corpus);
                Workloads.ParseAndRules(corpus);
            }
            Thread.Sleep(150);
        }
    }

    /// <summary>Median time per operation, relative half-range of the samples, and bytes allocated per operation (all threads).</summary>
    public static (double MedianNs, double Spread, double Bytes) Time(Func<object> operation, double sampleMs, double caseMs)
    {
        // Warm-up of this case: at least three calls and 300 ms.
        var warm = Stopwatch.StartNew();
        int calls = 0;
        while (calls < 3 || warm.Elapsed.TotalMilliseconds < 300) { GC.KeepAlive(operation()); calls++; }
        double single = warm.Elapsed.TotalMilliseconds / calls;
        int perSample = Math.Max(1, (int)Math.Ceiling(sampleMs / Math.Max(single, 1e-6)));

        var samples = new List<double>();
        long allocated = 0;
        long operations = 0;
        var total = Stopwatch.StartNew();
        while (samples.Count < 5 || (total.Elapsed.TotalMilliseconds < caseMs && samples.Count < 200))
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < perSample; i++) GC.KeepAlive(operation());
            double elapsed = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
            allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
            operations += perSample;
            samples.Add(elapsed / perSample);
        }
        samples.Sort();
        double median = samples[samples.Count / 2];
        double spread = (samples[^1] - samples[0]) / 2 / median;
        return (median, spread, (double)allocated / operations);
    }

    /// <summary>One row of the retained-size table.</summary>
    public sealed record Retained(string What, string Input, long Bytes, long Characters)
    {
        /// <summary>Retained bytes per input character.</summary>
        public double BytesPerChar => (double)Bytes / Characters;
    }

    /// <summary>
    /// Retained size: <see cref="GC.GetTotalMemory(bool)"/> with a full collection before and after building
    /// and holding the tree (the input string exists before, so it is not counted). For ParserKit, once right
    /// after parsing (green tree + root) and once after the rules ran (their red nodes are cached in the tree).
    /// </summary>
    public static List<Retained> MeasureRetained(IEnumerable<string> inputs)
    {
        var results = new List<Retained>();
        foreach (string input in inputs)
        {
            string text = Inputs.Get(input);
            // Warm everything up first so that static caches and JIT data are not counted.
            Workloads.ParseAndRules(text);
            GC.KeepAlive(Workloads.Markdig(text));
            var (afterParse, afterRules) = RetainedParserKit(text);
            results.Add(new Retained("ParserKit tree (after parse)", input, afterParse, text.Length));
            results.Add(new Retained("ParserKit tree (after all rules)", input, afterRules, text.Length));
            results.Add(new Retained("Markdig document (trivia)", input, RetainedMarkdig(text), text.Length));
        }
        return results;
    }

    // Separate, non-inlined methods: the tree must be unreachable once they return, or the next
    // measurement's "before" would still count it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (long AfterParse, long AfterRules) RetainedParserKit(string text)
    {
        long before = Settled();
        var tree = FrusSyntaxTree.ParseText(text, "retained.txt", RuleSet.Default);
        tree.GetRoot();
        long afterParse = Settled();
        tree.GetDiagnostics();
        long afterRules = Settled();
        GC.KeepAlive(tree);
        return (afterParse - before, afterRules - before);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long RetainedMarkdig(string text)
    {
        long before = Settled();
        var document = Workloads.Markdig(text);
        long after = Settled();
        GC.KeepAlive(document);
        return after - before;
    }

    /// <summary>The retained-size rows as a Markdown table.</summary>
    public static string FormatRetained(IEnumerable<Retained> rows)
    {
        var builder = new StringBuilder();
        builder.AppendLine("| retained | input | chars | bytes | B/char |");
        builder.AppendLine("|---|---|---:|---:|---:|");
        foreach (var row in rows)
            builder.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {row.What} | {row.Input} | {row.Characters:N0} | {row.Bytes:N0} | {row.BytesPerChar:0.00} |"));
        return builder.ToString();
    }

    /// <summary>
    /// Parallel checking of the corpus documents against sequential, several rounds each, alternating so
    /// that a burst of outside load hits both; the medians and their ratio.
    /// </summary>
    public static (double SequentialMs, double ParallelMs, double SpeedUp) MeasureParallel(int rounds)
    {
        var documents = Inputs.Documents;
        Workloads.SequentialDocuments(documents);
        Workloads.ParallelDocuments(documents);
        var sequential = new List<double>();
        var parallel = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            GC.Collect();
            long start = Stopwatch.GetTimestamp();
            Workloads.SequentialDocuments(documents);
            sequential.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            GC.Collect();
            start = Stopwatch.GetTimestamp();
            Workloads.ParallelDocuments(documents);
            parallel.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        sequential.Sort();
        parallel.Sort();
        double s = sequential[rounds / 2], p = parallel[rounds / 2];
        return (s, p, s / p);
    }

    private static long Settled()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
