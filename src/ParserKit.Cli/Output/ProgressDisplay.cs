using Spectre.Console;

namespace ParserKit.Cli.Output;

/// <summary>A progress bar on stderr for long runs, shown only when stderr is a terminal.</summary>
internal static class ProgressDisplay
{
    /// <summary>Runs with this many files or more are long.</summary>
    public const int LongRunFiles = 200;

    /// <summary>Runs over this many bytes are long, however few the files.</summary>
    public const long LongRunBytes = 32L * 1024 * 1024;

    /// <summary>
    /// Runs <paramref name="work"/>, which writes results to the writer it is given and calls the action once per
    /// file done. While the bar is drawn, results meant for the same terminal are held back and written after it,
    /// so the two never interleave.
    /// </summary>
    public static void Run(CliEnvironment environment, IReadOnlyList<string> files, string description, Action<TextWriter, Action> work)
    {
        if (!environment.ErrorIsTerminal || !IsLong(files))
        {
            work(environment.Out, () => { });
            return;
        }
        var output = environment.OutputIsTerminal ? new StringWriter() : environment.Out;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(environment.Error) });
        console.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask(description, maxValue: files.Count);
            work(output, () => task.Increment(1));
        });
        if (output is StringWriter held) environment.Out.Write(held.ToString());
    }

    private static bool IsLong(IReadOnlyList<string> files)
    {
        if (files.Count >= LongRunFiles) return true;
        long bytes = 0;
        foreach (string file in files)
        {
            var info = new FileInfo(file);
            if (info.Exists) bytes += info.Length;
        }
        return bytes > LongRunBytes;
    }
}
