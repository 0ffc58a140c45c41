using ParserKit.Cli.Input;

namespace ParserKit.Cli.Commands;

/// <summary>The result of processing one document, or why it could not be.</summary>
internal readonly record struct Processed<T>(string Path, T? Value, InvalidInputException? Error);

/// <summary>Processes documents on every core and hands the results back in input order, so output is deterministic.</summary>
internal static class DocumentBatch
{
    /// <summary>
    /// Runs <paramref name="process"/> on each path in parallel; results stream back in the order of
    /// <paramref name="paths"/>. A document that fails with an input problem yields its error and the rest go on.
    /// </summary>
    public static IEnumerable<Processed<T>> Run<T>(IReadOnlyList<string> paths, Func<string, T> process, Action done)
        => paths.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(path =>
        {
            try
            {
                return new Processed<T>(path, process(path), null);
            }
            catch (InvalidInputException error)
            {
                return new Processed<T>(path, default, error);
            }
            finally
            {
                done();
            }
        });
}
