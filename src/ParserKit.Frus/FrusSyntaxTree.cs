using ParserKit.Diagnostics;
using ParserKit.Frus.Parsing;
using ParserKit.Frus.Rules;
using ParserKit.Syntax.InternalSyntax;
using ParserKit.Frus.Syntax;
using ParserKit.Syntax;
using ParserKit.Text;

namespace ParserKit.Frus;

/// <summary>
/// A parsed FRUS document: a lossless syntax tree (<c>GetRoot().ToFullString()</c> is the input, whatever the
/// input) and the diagnostics of the enabled rules. Parsing never throws.
/// </summary>
/// <example>
/// <code>
/// var tree = FrusSyntaxTree.ParseText(File.ReadAllText("d353.txt"), "d353.txt");
/// var document = tree.GetRoot();
/// Console.WriteLine(document.Heading?.Number?.Value);          // 353
/// foreach (var page in document.PageMarkers) Console.WriteLine(page.Number);
/// foreach (var diagnostic in tree.GetDiagnostics()) Console.WriteLine(diagnostic);
/// </code>
/// </example>
public sealed class FrusSyntaxTree : SyntaxTree
{
    private readonly SourceText _text;
    private readonly DocumentSyntax _root;
    private readonly RuleSet _rules;
    private IReadOnlyList<Diagnostic>? _diagnostics;

    private FrusSyntaxTree(SourceText text, string path, RuleSet rules)
    {
        _text = text;
        FilePath = path;
        _rules = rules;
        var layout = DocumentLayout.Analyze(text.ToString());
        FootnoteMarkers = layout.Markers;
        GreenNode green;
        using (var tokens = FrusLexer.Lex(text.ToString(), layout)) green = FrusGrammar.ParseDocument(tokens.Span);
        _root = (DocumentSyntax)green.CreateRed(null, 0)!;
        _root.AttachTree(this);
    }

    /// <summary>Parses <paramref name="text"/>. <paramref name="path"/> is used in messages only.</summary>
    public static FrusSyntaxTree ParseText(string text, string path = "", RuleSet? rules = null)
        => new(SourceText.From(text ?? string.Empty), path ?? string.Empty, rules ?? RuleSet.Default);

    /// <inheritdoc/>
    public override string FilePath { get; }

    /// <inheritdoc/>
    public override SourceText GetText() => _text;

    /// <summary>
    /// The footnote markers the layout analysis found in the body, with the evidence for each (the tree keeps only
    /// the markers): kept from the parse so that FRUS0016 need not analyse the document again.
    /// </summary>
    internal IReadOnlyList<MarkerSpan> FootnoteMarkers { get; }

    /// <summary>The document node.</summary>
    public override DocumentSyntax GetRoot() => _root;

    /// <summary>Diagnostics of every enabled rule, sorted by position, then id.</summary>
    public override IReadOnlyList<Diagnostic> GetDiagnostics() => _diagnostics ??= _rules.Analyze(this);
}
