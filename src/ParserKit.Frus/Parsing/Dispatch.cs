using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Pidgin;

namespace ParserKit.Frus.Parsing;

/// <summary>
/// An alternative of a production and the test its first token must pass: a necessary condition, so that an
/// alternative whose test fails would fail anyway, without consuming input.
/// </summary>
internal readonly record struct Alternative<T>(Func<Token, bool> CanStart, Parser<Token, T> Parser);

/// <summary>
/// <c>OneOf</c> that tries only the alternatives whose first-token test the current token passes, in their order.
/// The result is the same as <c>OneOf</c> over all of them (an alternative that fails without consuming input
/// only moves <c>OneOf</c> on), but a token no longer pays for every alternative that cannot start with it; Pidgin
/// keeps error bookkeeping for each failure, and this runs once per token. The filtered <c>OneOf</c> is built
/// once per token shape (kind, line role, flags), of which a document has a few dozen.
/// </summary>
internal sealed class Dispatch<T> : Parser<Token, T>
{
    private readonly Alternative<T>[] _alternatives;
    private readonly ConcurrentDictionary<int, Parser<Token, T>?> _byShape = new();

    public Dispatch(params Alternative<T>[] alternatives) => _alternatives = alternatives;

    public override bool TryParse(ref ParseState<Token> state, ref PooledList<Expected<Token>> expecteds, [MaybeNullWhen(false)] out T result)
    {
        if (state.HasCurrent)
        {
            var token = state.Current;
            int shape = (int)token.Kind << 16 | (int)token.Role << 8 | (int)token.Flags;
            var parser = _byShape.GetOrAdd(shape, static (_, args) => args.Self.Choose(args.Token), (Self: this, Token: token));
            if (parser is not null) return parser.TryParse(ref state, ref expecteds, out result);
        }
        state.SetError(state.HasCurrent ? Maybe.Just(state.Current) : Maybe.Nothing<Token>(), !state.HasCurrent, state.Location, "no alternative starts here");
        result = default;
        return false;
    }

    private Parser<Token, T>? Choose(Token token)
    {
        var candidates = _alternatives.Where(a => a.CanStart(token)).Select(a => a.Parser).ToArray();
        return candidates.Length switch
        {
            0 => null,
            1 => candidates[0],
            _ => Parser.OneOf(candidates),
        };
    }
}
