using System.Buffers;

namespace ParserKit.Frus.Parsing;

/// <summary>
/// The lexer's output, in an array rented from the shared pool: the token array is scratch (the grammar reads it
/// once and the tree keeps only the green tokens), so a document checked after another reuses its array instead
/// of growing a new one, which for a long text would land on the large object heap each time.
/// </summary>
internal sealed class TokenBuffer : IDisposable
{
    private Token[] _items;

    public TokenBuffer(int capacity) => _items = ArrayPool<Token>.Shared.Rent(Math.Max(capacity, 16));

    public int Count { get; private set; }

    public ReadOnlySpan<Token> Span => _items.AsSpan(0, Count);

    public void Add(Token token)
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<Token>.Shared.Rent(_items.Length * 2);
            Span.CopyTo(larger);
            Return(_items, Count);
            _items = larger;
        }
        _items[Count++] = token;
    }

    /// <summary>Gives the array back, cleared so that the pool does not keep the green tokens alive.</summary>
    public void Dispose()
    {
        Return(_items, Count);
        _items = [];
        Count = 0;
    }

    private static void Return(Token[] items, int count)
    {
        if (items.Length == 0) return;
        Array.Clear(items, 0, count);
        ArrayPool<Token>.Shared.Return(items);
    }
}
