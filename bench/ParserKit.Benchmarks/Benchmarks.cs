using BenchmarkDotNet.Attributes;
using Markdig.Syntax;
using ParserKit.Frus;

namespace ParserKit.Benchmarks;

/// <summary>
/// The headline comparison: on the same text, ParserKit against Markdig with trivia (the peer baseline) and
/// against a raw vectorised scan (the physical floor). The volume is the whole corpus concatenated 8 times;
/// the seeds are small documents, where fixed costs show.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _text = string.Empty;

    /// <summary>The input (see <see cref="Inputs"/>).</summary>
    [Params(Inputs.Volume, Inputs.Seed0, Inputs.Seed1)]
    public string Input { get; set; } = Inputs.Volume;

    /// <summary>Loads the input and checks the tree before anything is timed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = Inputs.Get(Input);
        Equivalence.Check(Input);
    }

    /// <summary>One pass finding <c>[</c> and line breaks.</summary>
    [Benchmark]
    public int RawScan() => Workloads.RawScan(_text);

    /// <summary>Markdig, trivia tracked.</summary>
    [Benchmark(Baseline = true)]
    public MarkdownDocument Markdig() => Workloads.Markdig(_text);

    /// <summary>ParserKit, parse only.</summary>
    [Benchmark]
    public FrusSyntaxTree ParseOnly() => Workloads.ParseOnly(_text);

    /// <summary>ParserKit, parse and all rules.</summary>
    [Benchmark]
    public int ParseAndRules() => Workloads.ParseAndRules(_text);
}

/// <summary>Time and allocations at 1×, 4× and 16× the concatenated corpus: both should grow linearly.</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private string _text = string.Empty;

    /// <summary>The input (see <see cref="Inputs"/>).</summary>
    [Params(Inputs.Corpus1, Inputs.Corpus4, Inputs.Corpus16)]
    public string Input { get; set; } = Inputs.Corpus1;

    /// <summary>Loads the input and checks the tree before anything is timed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = Inputs.Get(Input);
        Equivalence.Check(Input);
    }

    /// <summary>Markdig, trivia tracked: a control for what the machine does at each size.</summary>
    [Benchmark(Baseline = true)]
    public MarkdownDocument Markdig() => Workloads.Markdig(_text);

    /// <summary>ParserKit, parse only.</summary>
    [Benchmark]
    public FrusSyntaxTree ParseOnly() => Workloads.ParseOnly(_text);

    /// <summary>ParserKit, parse and all rules.</summary>
    [Benchmark]
    public int ParseAndRules() => Workloads.ParseAndRules(_text);
}

/// <summary>Hostile inputs against ordinary text of similar size (the concatenated corpus): time per character.</summary>
[MemoryDiagnoser]
public class HostileBenchmarks
{
    private string _text = string.Empty;

    /// <summary>The input (see <see cref="Inputs"/>).</summary>
    [Params(Inputs.Corpus1, Inputs.HostileBrackets, Inputs.HostilePages)]
    public string Input { get; set; } = Inputs.Corpus1;

    /// <summary>Loads the input and checks the tree before anything is timed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = Inputs.Get(Input);
        Equivalence.Check(Input);
    }

    /// <summary>
    /// The raw scan, as the per-character floor. (Markdig cannot be the control here: on 200,000 '[' it throws
    /// "Markdown elements in the input are too deeply nested".)
    /// </summary>
    [Benchmark(Baseline = true)]
    public int RawScan() => Workloads.RawScan(_text);

    /// <summary>ParserKit, parse only.</summary>
    [Benchmark]
    public FrusSyntaxTree ParseOnly() => Workloads.ParseOnly(_text);

    /// <summary>ParserKit, parse and all rules.</summary>
    [Benchmark]
    public int ParseAndRules() => Workloads.ParseAndRules(_text);
}

/// <summary>
/// The corpus as separate documents, the way the CLI checks a folder: Markdig document by document, ParserKit
/// document by document, and ParserKit with <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, Action{TSource})"/>.
/// </summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private IReadOnlyList<Inputs.Document> _documents = [];

    /// <summary>The input: always the 220 documents (a parameter so that the per-character columns work).</summary>
    [Params(Inputs.CorpusDocuments)]
    public string Input { get; set; } = Inputs.CorpusDocuments;

    /// <summary>Loads the documents and checks every tree before anything is timed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _documents = Inputs.Documents;
        Equivalence.Check(Input);
    }

    /// <summary>Markdig, trivia tracked, document by document.</summary>
    [Benchmark(Baseline = true)]
    public int MarkdigDocuments() => Workloads.MarkdigDocuments(_documents);

    /// <summary>ParserKit parse and all rules, document by document.</summary>
    [Benchmark]
    public int SequentialDocuments() => Workloads.SequentialDocuments(_documents);

    /// <summary>ParserKit parse and all rules, documents in parallel.</summary>
    [Benchmark]
    public int ParallelDocuments() => Workloads.ParallelDocuments(_documents);
}
