using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>Text the grammar could not place, kept verbatim: a <c>]</c> with no <c>[</c>, or brackets nested too deep.</summary>
public sealed class SkippedTextSyntax : FrusSyntaxNode
{
    internal SkippedTextSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The skipped token.</summary>
    public SyntaxToken Token => ChildAt(0).AsToken();

    /// <summary>Why the grammar could not place the token.</summary>
    public SkippedTextReason Reason => Token.RawKind switch
    {
        // An unmatched ']' stands outside every insert; a ']' inside one was matched but nested too deep.
        (int)FrusSyntaxKind.CloseBracketToken => Ancestors().Any(a => a is EditorialInsertSyntax) ? SkippedTextReason.NestedTooDeep : SkippedTextReason.UnopenedBracket,
        (int)FrusSyntaxKind.OpenBracketToken => SkippedTextReason.NestedTooDeep,
        _ => SkippedTextReason.Unexpected,
    };
}

/// <summary>Why text was skipped.</summary>
public enum SkippedTextReason
{
    /// <summary>A token where the grammar expects none.</summary>
    Unexpected,
    /// <summary>A <c>]</c> with no <c>[</c> (FRUS0002).</summary>
    UnopenedBracket,
    /// <summary>A bracket deeper than the parser nests (FRUS0017).</summary>
    NestedTooDeep,
}
