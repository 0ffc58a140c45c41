using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ParserKit.Benchmarks;

/// <summary>Per-character columns: every benchmark class has an <c>Input</c> parameter naming an <see cref="Inputs"/> text.</summary>
public sealed class PerCharColumn : IColumn
{
    private readonly Func<Summary, BenchmarkCase, double?> _value;
    private readonly string _format;

    private PerCharColumn(string name, string legend, string format, Func<Summary, BenchmarkCase, double?> value)
    {
        ColumnName = name;
        Legend = legend;
        _format = format;
        _value = value;
    }

    /// <summary>Characters parsed per operation.</summary>
    public static PerCharColumn Chars { get; } = new("Chars", "Characters of input per operation", "N0",
        (_, c) => InputCharacters(c));

    /// <summary>Mean time per input character.</summary>
    public static PerCharColumn NsPerChar { get; } = new("ns/char", "Mean time per input character (ns)", "0.000",
        (s, c) => s[c]?.ResultStatistics?.Mean / InputCharacters(c));

    /// <summary>Allocated bytes per input character.</summary>
    public static PerCharColumn BytesPerChar { get; } = new("B/char", "Bytes allocated per input character", "0.000",
        (s, c) => AllocatedBytes(s, c) / InputCharacters(c));

    /// <inheritdoc/>
    public string Id => nameof(PerCharColumn) + "." + ColumnName;

    /// <inheritdoc/>
    public string ColumnName { get; }

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend { get; }

    /// <summary>Characters of the case's input, from its <c>Input</c> parameter.</summary>
    public static double? InputCharacters(BenchmarkCase benchmarkCase)
        => benchmarkCase.Parameters["Input"] is string name ? Inputs.Characters(name) : null;

    /// <summary>Bytes allocated per operation, as the memory diagnoser measured them.</summary>
    public static double? AllocatedBytes(Summary summary, BenchmarkCase benchmarkCase)
        => summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        => _value(summary, benchmarkCase) is double value && !double.IsNaN(value) ? value.ToString(_format, CultureInfo.InvariantCulture) : "-";

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public override string ToString() => ColumnName;
}
