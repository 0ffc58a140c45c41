namespace ParserKit.Syntax.InternalSyntax;

/// <summary>A green trivia: text that belongs to a token but carries no meaning of its own (spaces, line breaks).</summary>
public sealed class GreenTrivia : GreenNode
{
    /// <summary>Creates a trivia of <paramref name="kind"/> over <paramref name="text"/> (no copy is made).</summary>
    public GreenTrivia(int kind, ReadOnlyMemory<char> text) : base(kind, text.Length, GreenNodeFlags.None) => Text = text;

    /// <summary>The trivia's characters.</summary>
    public ReadOnlyMemory<char> Text { get; }

    /// <inheritdoc/>
    public override bool IsTrivia => true;

    /// <inheritdoc/>
    public override int LeadingTriviaWidth => 0;

    /// <inheritdoc/>
    public override int TrailingTriviaWidth => 0;

    /// <inheritdoc/>
    public override SyntaxNode? CreateRed(SyntaxNode? parent, int position) => null;
}
