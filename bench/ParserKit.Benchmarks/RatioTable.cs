using System.Globalization;
using System.Text;

namespace ParserKit.Benchmarks;

/// <summary>One measured case: which benchmark class (group), method and input; mean time and allocations per operation.</summary>
public sealed record CaseResult(string Group, string Method, string Input, double MeanNs, double AllocatedBytes)
{
    /// <summary>Characters per operation.</summary>
    public double Characters => Inputs.Characters(Input);

    /// <summary>Nanoseconds per character.</summary>
    public double NsPerChar => MeanNs / Characters;

    /// <summary>Bytes allocated per character.</summary>
    public double BytesPerChar => AllocatedBytes / Characters;
}

/// <summary>
/// The figures that matter, as ratios between measurements taken in the same run, each with its target and
/// whether it is met. Works on BenchmarkDotNet's results and on the Stopwatch harness's alike.
/// </summary>
public static class RatioTable
{
    /// <summary>A row of the table.</summary>
    public sealed record Row(string Figure, string Value, string Target, string Status);

    /// <summary>Builds the rows from <paramref name="measurements"/>; figures whose inputs were not measured are left out.</summary>
    public static List<Row> Build(IReadOnlyCollection<CaseResult> measurements)
    {
        var rows = new List<Row>();
        CaseResult? Find(string group, string method, string input)
            => measurements.FirstOrDefault(m => m.Group == group && m.Method == method && m.Input == input);

        foreach (string input in new[] { Inputs.Volume, Inputs.Seed0, Inputs.Seed1 })
        {
            var raw = Find("Parse", "RawScan", input);
            var markdig = Find("Parse", "Markdig", input);
            var parse = Find("Parse", "ParseOnly", input);
            var rules = Find("Parse", "ParseAndRules", input);
            if (markdig is null) continue;
            string where = input == Inputs.Volume ? $"volume ({Inputs.Characters(input) / 1e6:0.0} M chars)" : input;
            if (parse is not null) rows.Add(Ratio($"{where}: parse only / Markdig, time", parse.MeanNs, markdig.MeanNs, 1.0, "≤ 1.0×"));
            if (rules is not null) rows.Add(Ratio($"{where}: parse + all rules / Markdig, time", rules.MeanNs, markdig.MeanNs, 1.0, "≤ 1.0×"));
            if (rules is not null && raw is not null) rows.Add(Ratio($"{where}: parse + all rules / raw scan, time", rules.MeanNs, raw.MeanNs, 20.0, "≤ 20×"));
            if (parse is not null && raw is not null) rows.Add(Ratio($"{where}: parse only / raw scan, time", parse.MeanNs, raw.MeanNs, null, "(info)"));
            if (rules is not null)
            {
                rows.Add(new Row($"{where}: allocated B/char, parse + all rules vs Markdig",
                    $"{rules.BytesPerChar:0.00} vs {markdig.BytesPerChar:0.00} = {rules.AllocatedBytes / markdig.AllocatedBytes:0.00}×",
                    "≤ 1.0×", Status(rules.AllocatedBytes / markdig.AllocatedBytes, 1.0)));
            }
            if (parse is not null)
            {
                rows.Add(new Row($"{where}: allocated B/char, parse only vs Markdig",
                    $"{parse.BytesPerChar:0.00} vs {markdig.BytesPerChar:0.00} = {parse.AllocatedBytes / markdig.AllocatedBytes:0.00}×",
                    "(info)", "-"));
            }
        }

        foreach (string method in new[] { "ParseAndRules", "ParseOnly", "Markdig" })
        {
            var one = Find("Scaling", method, Inputs.Corpus1);
            if (one is null) continue;
            foreach (var (input, factor) in new[] { (Inputs.Corpus4, 4), (Inputs.Corpus16, 16) })
            {
                var scaled = Find("Scaling", method, input);
                if (scaled is null) continue;
                bool target = method != "Markdig";
                double time = scaled.MeanNs / (one.MeanNs * factor);
                double bytes = scaled.AllocatedBytes / (one.AllocatedBytes * factor);
                rows.Add(new Row($"scaling {method}: time {factor}× / (1× · {factor})", $"{time:0.00}×",
                    target ? "0.90–1.10×" : "(control)", target ? Band(time) : "-"));
                rows.Add(new Row($"scaling {method}: allocations {factor}× / (1× · {factor})", $"{bytes:0.00}×",
                    target ? "0.90–1.10×" : "(control)", target ? Band(bytes) : "-"));
            }
        }

        foreach (string method in new[] { "ParseAndRules", "ParseOnly", "RawScan" })
        {
            var ordinary = Find("Hostile", method, Inputs.Corpus1);
            if (ordinary is null) continue;
            foreach (string input in new[] { Inputs.HostileBrackets, Inputs.HostilePages })
            {
                var hostile = Find("Hostile", method, input);
                if (hostile is null) continue;
                bool target = method != "RawScan";
                string label = input == Inputs.HostileBrackets ? "200,000 '['" : "100,000 '[Page '";
                rows.Add(Ratio($"hostile {label}, {method}: ns/char vs ordinary text", hostile.NsPerChar, ordinary.NsPerChar,
                    target ? 3.0 : null, target ? "≤ 3×" : "(control)"));
            }
        }

        var markdigDocs = Find("Corpus", "MarkdigDocuments", Inputs.CorpusDocuments);
        var sequential = Find("Corpus", "SequentialDocuments", Inputs.CorpusDocuments);
        var parallel = Find("Corpus", "ParallelDocuments", Inputs.CorpusDocuments);
        if (sequential is not null && markdigDocs is not null)
            rows.Add(Ratio("220 documents one by one: parse + all rules / Markdig, time", sequential.MeanNs, markdigDocs.MeanNs, 1.0, "≤ 1.0×"));
        if (sequential is not null && markdigDocs is not null)
        {
            rows.Add(new Row("220 documents one by one: allocated B/char, parse + all rules vs Markdig",
                $"{sequential.BytesPerChar:0.00} vs {markdigDocs.BytesPerChar:0.00} = {sequential.AllocatedBytes / markdigDocs.AllocatedBytes:0.00}×",
                "≤ 1.0×", Status(sequential.AllocatedBytes / markdigDocs.AllocatedBytes, 1.0)));
        }
        if (sequential is not null && parallel is not null)
        {
            rows.Add(new Row($"220 documents: parallel speed-up (sequential / Parallel.ForEach, {Environment.ProcessorCount} cores)",
                $"{sequential.MeanNs / parallel.MeanNs:0.00}×", "(info; ideal = cores)", "-"));
        }
        return rows;
    }

    /// <summary>The rows as a Markdown table.</summary>
    public static string Format(IEnumerable<Row> rows)
    {
        var list = rows.ToList();
        var builder = new StringBuilder();
        builder.AppendLine("| figure | value | target | status |");
        builder.AppendLine("|---|---|---|---|");
        foreach (var row in list) builder.AppendLine($"| {row.Figure} | {row.Value} | {row.Target} | {row.Status} |");
        return builder.ToString();
    }

    /// <summary>The raw measurements as a Markdown table (mean time, ns/char, B/char).</summary>
    public static string FormatMeasurements(IEnumerable<CaseResult> measurements)
    {
        var builder = new StringBuilder();
        builder.AppendLine("| group | method | input | chars | mean | ns/char | B/char |");
        builder.AppendLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var m in measurements)
        {
            builder.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {m.Group} | {m.Method} | {m.Input} | {m.Characters:N0} | {FormatTime(m.MeanNs)} | {m.NsPerChar:0.000} | {m.BytesPerChar:0.000} |"));
        }
        return builder.ToString();
    }

    private static string FormatTime(double ns) => ns switch
    {
        >= 1e9 => $"{ns / 1e9:0.000} s",
        >= 1e6 => $"{ns / 1e6:0.00} ms",
        >= 1e3 => $"{ns / 1e3:0.00} µs",
        _ => $"{ns:0.0} ns",
    };

    private static Row Ratio(string figure, double value, double baseline, double? limit, string target)
    {
        double ratio = value / baseline;
        return new Row(figure, $"{ratio:0.00}×", target, limit is double l ? Status(ratio, l) : "-");
    }

    private static string Status(double ratio, double limit)
        => ratio <= limit ? "met" : $"MISSED by {ratio / limit:0.00}×";

    private static string Band(double ratio)
        => ratio is >= 0.90 and <= 1.10 ? "met" : $"MISSED ({(ratio - 1) * 100:+0;-0}%)";
}
