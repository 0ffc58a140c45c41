using ParserKit.Text;

namespace ParserKit.Syntax;

/// <summary>Either a node or a token: one child of a node.</summary>
public readonly struct SyntaxNodeOrToken
{
    private readonly SyntaxNode? _node;
    private readonly SyntaxToken _token;

    private SyntaxNodeOrToken(SyntaxNode? node, SyntaxToken token)
    {
        _node = node;
        _token = token;
    }

    /// <summary>True when this is a token.</summary>
    public bool IsToken => _node is null;

    /// <summary>True when this is a node.</summary>
    public bool IsNode => _node is not null;

    /// <summary>The node, or null when this is a token.</summary>
    public SyntaxNode? AsNode() => _node;

    /// <summary>The token, or a default token when this is a node.</summary>
    public SyntaxToken AsToken() => _token;

    /// <summary>The language-specific kind as a number.</summary>
    public int RawKind => _node?.RawKind ?? _token.RawKind;

    /// <summary>The span with trivia.</summary>
    public TextSpan FullSpan => _node?.FullSpan ?? _token.FullSpan;

    /// <summary>The span without the outer trivia.</summary>
    public TextSpan Span => _node?.Span ?? _token.Span;

    /// <summary>The exact text, trivia included.</summary>
    public string ToFullString() => _node?.ToFullString() ?? _token.ToFullString();

    /// <summary>Wraps a node.</summary>
    public static implicit operator SyntaxNodeOrToken(SyntaxNode node) => new(node, default);

    /// <summary>Wraps a token.</summary>
    public static implicit operator SyntaxNodeOrToken(SyntaxToken token) => new(null, token);

    /// <inheritdoc/>
    public override string ToString() => _node?.ToString() ?? _token.ToString();
}
