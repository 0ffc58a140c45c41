using ParserKit.Frus.Analysis;
using ParserKit.Frus.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Parsing;

/// <summary>
/// Turns text into tokens with trivia, in one pass per line after <see cref="DocumentLayout"/> has found the
/// heading, the footnote bodies and the footnote markers. Tokens slice the input (no substrings), so every
/// character lands in exactly one token or trivia and the tree round-trips.
/// </summary>
/// <remarks>
/// Brackets are matched per line here, with a stack, because a paragraph is one line: an unmatched <c>[</c>
/// leaves the rest of the line as text (FRUS0001), and nesting deeper than <see cref="MaxBracketDepth"/> is
/// kept as skipped text so that the grammar's recursion stays shallow whatever the input.
/// </remarks>
internal sealed class FrusLexer
{
    /// <summary>The deepest bracket nesting the grammar builds nodes for.</summary>
    public const int MaxBracketDepth = 32;

    // Brackets and double quotation marks: the characters that can end a run of prose.
    private static readonly System.Buffers.SearchValues<char> Delimiters = System.Buffers.SearchValues.Create("[]“”");

    private readonly string _text;
    private readonly ReadOnlyMemory<char> _memory;
    private readonly DocumentLayout _layout;
    private readonly TokenBuffer _tokens;
    private readonly List<GreenTrivia> _leading = [];
    // The flags of the current line's unusual brackets, indexed from _flagsStart; None for every other character.
    private TokenFlags[] _bracketFlags = [];
    private int _flagsStart;
    private int _flaggedLength;
    private readonly List<int> _bracketStack = [];
    private readonly HashSet<int> _quotes = [];
    private int _markerIndex;

    // The last token of the current line is held back until its trailing trivia is known.
    private bool _hasPending;
    private FrusSyntaxKind _pendingKind;
    private int _pendingStart;
    private int _pendingLength;
    private TokenFlags _pendingFlags;
    private GreenTrivia[] _pendingLeading = Trivia.None;
    private GreenTrivia[] _pendingTrailing = Trivia.None;
    private TokenFlags _lineFlags;
    private LineRole _lineRole;
    private LineRole _pendingRole;

    private FrusLexer(string text, DocumentLayout layout)
    {
        _text = text;
        _memory = text.AsMemory();
        _layout = layout;
        _tokens = new TokenBuffer(text.Length / 32);
    }

    /// <summary>The tokens of <paramref name="text"/>; dispose the buffer once the grammar has read them.</summary>
    public static TokenBuffer Lex(string text) => Lex(text, DocumentLayout.Analyze(text));

    public static TokenBuffer Lex(string text, DocumentLayout layout)
    {
        var lexer = new FrusLexer(text, layout);
        lexer.LexDocument();
        return lexer._tokens;
    }

    private void LexDocument()
    {
        var lines = _layout.Lines;
        for (int index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            int start = line.Start;
            if (index == 0 && start < line.End && _text[0] == '\uFEFF')
            {
                _leading.Add(Trivia.Whitespace(_memory[..1]));
                start++;
            }
            int contentStart = SkipWhitespace(start, line.End);
            if (contentStart == line.End)
            {
                if (line.End > start) _leading.Add(Trivia.Whitespace(_memory[start..line.End]));
                if (line.BreakEnd > line.End) _leading.Add(Trivia.EndOfLine(_memory[line.End..line.BreakEnd]));
                continue;
            }
            if (contentStart > start) _leading.Add(Trivia.Whitespace(_memory[start..contentStart]));
            int contentEnd = line.End;
            while (_text[contentEnd - 1] is ' ' or '\t') contentEnd--;

            _lineFlags = TokenFlags.StartsLine;
            _lineRole = _layout.Roles[index];
            MatchBrackets(contentStart, contentEnd);
            MatchQuotes(contentStart, contentEnd);
            int position = _lineRole switch
            {
                LineRole.Footnote => LexFootnoteLabel(contentStart, contentEnd),
                LineRole.Heading => LexDocumentNumber(contentStart, contentEnd),
                LineRole.ListItem => LexListLabel(contentStart, contentEnd),
                LineRole.Salutation => LexSalutation(contentStart, contentEnd),
                _ => LexParagraphNumber(contentStart, contentEnd),
            };
            LexInline(position, contentEnd);
            FinishLine(_memory[contentEnd..line.End], _memory[line.End..line.BreakEnd]);
        }
        _tokens.Add(new Token(
            new GreenToken((int)FrusSyntaxKind.EndOfFileToken, ReadOnlyMemory<char>.Empty, TakeLeading(), Trivia.None),
            TokenFlags.StartsLine));
    }

    /// <summary><c>  12a. </c> at the start of a footnote body.</summary>
    private int LexFootnoteLabel(int position, int end)
    {
        int labelEnd = position;
        while (labelEnd < end && char.IsAsciiDigit(_text[labelEnd])) labelEnd++;
        if (labelEnd < end && char.IsAsciiLetterLower(_text[labelEnd])) labelEnd++;
        Emit(FrusSyntaxKind.FootnoteLabelToken, position, labelEnd - position);
        return LexDotAndSpace(labelEnd, end);
    }

    /// <summary><c>353. </c>, <c>353 </c> (period missing), <c>[101] </c> or <c>[101 </c> (bracket missing) at the start of the heading.</summary>
    private int LexDocumentNumber(int position, int end)
    {
        if (char.IsAsciiDigit(_text[position]))
        {
            int digitsEnd = SkipDigits(position, end);
            if (digitsEnd < end && _text[digitsEnd] == '.' && !(digitsEnd + 1 < end && char.IsAsciiDigit(_text[digitsEnd + 1])))
            {
                Emit(FrusSyntaxKind.NumberToken, position, digitsEnd - position);
                return LexDotAndSpace(digitsEnd, end);
            }
            bool numberThenWord = digitsEnd < end && _text[digitsEnd] == ' ' && digitsEnd + 1 < end && char.IsLetter(_text[digitsEnd + 1]);
            if (digitsEnd == end || numberThenWord)
            {
                EmitWithSpace(FrusSyntaxKind.NumberToken, position, digitsEnd, end, out int next);
                return next;
            }
            return position;
        }
        if (_text[position] == '[' && position + 1 < end && char.IsAsciiDigit(_text[position + 1]))
        {
            int digitsEnd = SkipDigits(position + 1, end);
            bool closed = digitsEnd < end && _text[digitsEnd] == ']';
            int after = closed ? digitsEnd + 1 : digitsEnd;
            bool followedBySpace = after == end || _text[after] is ' ' or '\t';
            if (!followedBySpace || (!closed && FlagsAt(position) == TokenFlags.None)) return position;
            Emit(FrusSyntaxKind.OpenBracketToken, position, 1);
            if (!closed)
            {
                EmitWithSpace(FrusSyntaxKind.NumberToken, position + 1, digitsEnd, end, out int next);
                return next;
            }
            Emit(FrusSyntaxKind.NumberToken, position + 1, digitsEnd - position - 1);
            EmitWithSpace(FrusSyntaxKind.CloseBracketToken, digitsEnd, digitsEnd + 1, end, out int afterClose);
            return afterClose;
        }
        return position;
    }

    /// <summary><c>(a) </c>, <c>a. </c>, <c>(1) </c> or <c>1) </c> at the start of a list item.</summary>
    private int LexListLabel(int position, int end)
    {
        int length = LineClassifier.ListLabelLength(_text.Substring(position, end - position));
        if (length == 0) return position;
        EmitWithSpace(FrusSyntaxKind.ListLabelToken, position, position + length, end, out int next);
        return next;
    }

    /// <summary>
    /// <c>Sir: </c> or <c>My Dear Mr. President: </c> at the start of a letter, as a token of its own so that the
    /// first paragraph can go on on the same line. A salutation holding brackets or markers stays prose.
    /// </summary>
    private int LexSalutation(int position, int end)
    {
        SkipMarkersBefore(position);
        int length = LineClassifier.SalutationLength(_text.Substring(position, end - position));
        bool plain = length > 0 && _text.AsSpan(position, length).IndexOfAny(Delimiters) < 0
            && !(_markerIndex < _layout.Markers.Count && _layout.Markers[_markerIndex].Start < position + length);
        if (!plain)
        {
            _lineRole = LineRole.Paragraph;
            return position;
        }
        EmitWithSpace(FrusSyntaxKind.TextToken, position, position + length, end, out int next);
        return next;
    }

    /// <summary><c>1. </c> or <c>490. </c> at the start of a body paragraph.</summary>
    private int LexParagraphNumber(int position, int end)
    {
        if (!char.IsAsciiDigit(_text[position])) return position;
        SkipMarkersBefore(position);
        int digitsEnd = SkipDigits(position, end);
        if (digitsEnd - position > 4 || digitsEnd + 1 >= end || _text[digitsEnd] != '.' || _text[digitsEnd + 1] is not (' ' or '\t'))
            return position;
        if (_markerIndex < _layout.Markers.Count && _layout.Markers[_markerIndex].Start < digitsEnd) return position;
        Emit(FrusSyntaxKind.NumberToken, position, digitsEnd - position);
        return LexDotAndSpace(digitsEnd, end);
    }

    private void SkipMarkersBefore(int position)
    {
        while (_markerIndex < _layout.Markers.Count && _layout.Markers[_markerIndex].Start < position) _markerIndex++;
    }

    private int LexDotAndSpace(int position, int end)
    {
        if (position < end && _text[position] == '.')
        {
            EmitWithSpace(FrusSyntaxKind.DotToken, position, position + 1, end, out int next);
            return next;
        }
        return position;
    }

    private void LexInline(int position, int end)
    {
        var markers = _layout.Markers;
        while (position < end)
        {
            SkipMarkersBefore(position);
            int nextMarker = _markerIndex < markers.Count && markers[_markerIndex].Start < end ? markers[_markerIndex].Start : end;
            if (nextMarker == position)
            {
                Emit(FrusSyntaxKind.FootnoteMarkerToken, position, markers[_markerIndex].Length);
                position += markers[_markerIndex].Length;
                _markerIndex++;
                continue;
            }
            char c = _text[position];
            if (c == '[')
            {
                if (!TryLexPageMarker(ref position, end)) EmitBrackets(FrusSyntaxKind.OpenBracketToken, ref position, end);
                continue;
            }
            if (c == ']')
            {
                EmitBrackets(FrusSyntaxKind.CloseBracketToken, ref position, end);
                continue;
            }
            if (_quotes.Contains(position))
            {
                Emit(c == '“' ? FrusSyntaxKind.OpenQuoteToken : FrusSyntaxKind.CloseQuoteToken, position, 1);
                position++;
                continue;
            }
            int textEnd = NextStop(position + 1, nextMarker);
            LexProse(position, textEnd);
            position = textEnd;
        }
    }

    /// <summary>
    /// A bracket, or a run of adjacent brackets that pair with nothing (<c>[[[</c>, <c>]]]</c>) or nest too deep, as one
    /// token: such a run is one mistake to the reader, is reported once, and costs one token however long it is
    /// (200,000 <c>[</c> in a row stay linear and cheap). A <c>[</c> that starts a page marker ends the run.
    /// </summary>
    private void EmitBrackets(FrusSyntaxKind kind, ref int position, int end)
    {
        char bracket = _text[position];
        var flags = FlagsAt(position);
        int runEnd = position + 1;
        if (flags != TokenFlags.None)
        {
            while (runEnd < end && _text[runEnd] == bracket && FlagsAt(runEnd) == flags
                   && !(bracket == '[' && runEnd + 1 < end && char.IsAsciiLetter(_text[runEnd + 1]) && MatchPageKeyword(runEnd + 1, end) >= 0))
                runEnd++;
        }
        Emit(kind, position, runEnd - position, flags);
        position = runEnd;
    }

    /// <summary>Where prose stops: a bracket, a quotation mark that opens or closes a quotation, or <paramref name="end"/>.</summary>
    private int NextStop(int position, int end)
    {
        while (position < end)
        {
            int found = _text.AsSpan(position, end - position).IndexOfAny(Delimiters);
            if (found < 0) return end;
            position += found;
            if (_text[position] is '[' or ']' || _quotes.Contains(position)) return position;
            position++;
        }
        return end;
    }

    /// <summary>Prose, with its citations as tokens of their own.</summary>
    private void LexProse(int start, int end)
    {
        foreach (var (citationStart, length) in Citations.Find(_text, start, end))
        {
            if (citationStart > start) Emit(FrusSyntaxKind.TextToken, start, citationStart - start);
            Emit(FrusSyntaxKind.CitationToken, citationStart, length);
            start = citationStart + length;
        }
        if (end > start) Emit(FrusSyntaxKind.TextToken, start, end - start);
    }

    /// <summary>
    /// <c>[Page 759]</c>, <c>[Facsimile Page 1]</c>, <c>[Typeset Page 1609]</c>, <c>[Page [X]]</c>, and the malformed
    /// <c>[page 759]</c>, <c>[Page ]</c>, <c>[Page 7a9]</c> (FRUS0015) or <c>[Page 759</c> with no <c>]</c> (FRUS0001).
    /// A matched bracket whose content goes on after the number is an editorial insert instead.
    /// </summary>
    private bool TryLexPageMarker(ref int position, int end)
    {
        int keywordStart = position + 1;
        int keywordEnd = MatchPageKeyword(keywordStart, end);
        if (keywordEnd < 0) return false;
        if (keywordEnd < end && _text[keywordEnd] is not (' ' or '\t' or ']')) return false;
        int numberStart = SkipWhitespace(keywordEnd, end);
        int numberEnd = numberStart;
        if (numberStart < end && _text[numberStart] == '[')
        {
            int close = _text.AsSpan(numberStart + 1, Math.Min(12, end - numberStart - 1)).IndexOfAny(']', ' ', '[');
            if (close > 0 && _text[numberStart + 1 + close] == ']') numberEnd = numberStart + close + 2;
        }
        else
        {
            while (numberEnd < end && _text[numberEnd] is not (' ' or '\t' or '[' or ']')) numberEnd++;
        }
        int closeAt = SkipWhitespace(numberEnd, end);
        bool closed = closeAt < end && _text[closeAt] == ']';
        bool unmatched = (FlagsAt(position) & TokenFlags.Unmatched) != 0;
        if (!closed && (!unmatched || numberEnd == numberStart || numberStart == keywordEnd)) return false;

        Emit(FrusSyntaxKind.OpenBracketToken, position, 1);
        EmitWithTrailing(FrusSyntaxKind.PageKeywordToken, keywordStart, keywordEnd, numberStart);
        if (numberEnd > numberStart) EmitWithTrailing(FrusSyntaxKind.PageNumberToken, numberStart, numberEnd, closed ? closeAt : numberEnd);
        if (closed)
        {
            Emit(FrusSyntaxKind.CloseBracketToken, closeAt, 1);
            position = closeAt + 1;
        }
        else
        {
            position = numberEnd;
        }
        return true;
    }

    private int MatchPageKeyword(int position, int end)
    {
        int prefixEnd = Math.Max(MatchWord(position, end, "Facsimile"), MatchWord(position, end, "Typeset"));
        if (prefixEnd > 0)
        {
            position = SkipWhitespace(prefixEnd, end);
            if (position == prefixEnd) return -1;
        }
        return MatchWord(position, end, "Page");
    }

    private int MatchWord(int position, int end, string word)
        => position + word.Length <= end && _text.AsSpan(position, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
            ? position + word.Length
            : -1;

    /// <summary>
    /// Pairs <c>“</c> with <c>”</c> at the same bracket depth, as the tree will nest them. Quotations do not nest
    /// in themselves (inner quotes are single marks), so a second <c>“</c> inside an open quotation is prose. A
    /// <c>“</c> still open at the end of the line opens a quotation that goes on in the next paragraph; marks
    /// that pair with nothing else are prose, for FRUS0008 to judge.
    /// </summary>
    private void MatchQuotes(int start, int end)
    {
        _quotes.Clear();
        _bracketStack.Clear();
        _bracketStack.Add(-1);
        var span = _text.AsSpan(start, end - start);
        int offset = 0;
        while (true)
        {
            int found = span[offset..].IndexOfAny(Delimiters);
            if (found < 0) break;
            int at = start + offset + found;
            offset += found + 1;
            bool structural = FlagsAt(at) == TokenFlags.None;
            switch (_text[at])
            {
                case '[' when structural:
                    _bracketStack.Add(-1);
                    break;
                case ']' when structural && _bracketStack.Count > 1:
                    _bracketStack.RemoveAt(_bracketStack.Count - 1);
                    break;
                case '“' when _bracketStack[^1] < 0:
                    _bracketStack[^1] = at;
                    break;
                case '”' when _bracketStack[^1] >= 0:
                    _quotes.Add(_bracketStack[^1]);
                    _quotes.Add(at);
                    _bracketStack[^1] = -1;
                    break;
            }
        }
        if (_bracketStack[0] >= 0) _quotes.Add(_bracketStack[0]);
    }

    /// <summary>Pairs the brackets of one line; records only the unusual ones (unmatched or nested too deep).</summary>
    private void MatchBrackets(int start, int end)
    {
        // An array rather than a dictionary: a line of 200,000 unmatched brackets costs one byte each, not an entry each.
        if (_flaggedLength > 0) Array.Clear(_bracketFlags, 0, _flaggedLength);
        _flaggedLength = 0;
        _flagsStart = start;
        _bracketStack.Clear();
        var span = _text.AsSpan(start, end - start);
        int offset = 0;
        while (true)
        {
            int found = span[offset..].IndexOfAny('[', ']');
            if (found < 0) break;
            int at = start + offset + found;
            offset += found + 1;
            if (_text[at] == '[')
            {
                _bracketStack.Add(at);
                if (_bracketStack.Count > MaxBracketDepth) Flag(at, TokenFlags.TooDeep);
            }
            else if (_bracketStack.Count == 0)
            {
                Flag(at, TokenFlags.Unmatched);
            }
            else
            {
                int open = _bracketStack[^1];
                _bracketStack.RemoveAt(_bracketStack.Count - 1);
                if (FlagsAt(open) != TokenFlags.None) Flag(at, TokenFlags.TooDeep);
            }
        }
        foreach (int open in _bracketStack) Flag(open, TokenFlags.Unmatched);
    }

    private TokenFlags FlagsAt(int position)
    {
        int index = position - _flagsStart;
        return (uint)index < (uint)_flaggedLength ? _bracketFlags[index] : TokenFlags.None;
    }

    private void Flag(int position, TokenFlags flags)
    {
        int index = position - _flagsStart;
        if (index >= _bracketFlags.Length) Array.Resize(ref _bracketFlags, Math.Max(index + 1, _bracketFlags.Length * 2));
        _bracketFlags[index] = flags;
        _flaggedLength = Math.Max(_flaggedLength, index + 1);
    }

    private void Emit(FrusSyntaxKind kind, int start, int length, TokenFlags flags = TokenFlags.None)
        => EmitCore(kind, start, length, flags, Trivia.None);

    private void EmitWithTrailing(FrusSyntaxKind kind, int start, int end, int trailingEnd)
        => EmitCore(kind, start, end - start, TokenFlags.None, trailingEnd > end ? [Trivia.Whitespace(_memory[end..trailingEnd])] : Trivia.None);

    /// <summary>Emits a token and takes the white space after it (up to <paramref name="lineEnd"/>) as its trailing trivia.</summary>
    private void EmitWithSpace(FrusSyntaxKind kind, int start, int end, int lineEnd, out int next)
    {
        next = SkipWhitespace(end, lineEnd);
        EmitWithTrailing(kind, start, end, next);
    }

    private void EmitCore(FrusSyntaxKind kind, int start, int length, TokenFlags flags, GreenTrivia[] trailing)
    {
        FlushPending(Trivia.None);
        _hasPending = true;
        _pendingKind = kind;
        _pendingStart = start;
        _pendingLength = length;
        _pendingFlags = flags | _lineFlags;
        _pendingRole = _lineRole;
        _pendingLeading = TakeLeading();
        _pendingTrailing = trailing;
        _lineFlags = TokenFlags.None;
        _lineRole = LineRole.None;
    }

    private void FinishLine(ReadOnlyMemory<char> whitespace, ReadOnlyMemory<char> lineBreak)
        => FlushPending(Trivia.LineEnd(whitespace, lineBreak));

    private void FlushPending(GreenTrivia[] lineEnd)
    {
        if (!_hasPending) return;
        var trailing = lineEnd.Length == 0 ? _pendingTrailing : _pendingTrailing.Length == 0 ? lineEnd : [.. _pendingTrailing, .. lineEnd];
        var green = _pendingLeading.Length == 0 && trailing.Length == 0 && _pendingLength == 1 && IsPunctuation(_pendingKind)
            ? SharedPunctuation(_pendingKind, _text[_pendingStart])
            : new GreenToken((int)_pendingKind, _memory.Slice(_pendingStart, _pendingLength), _pendingLeading, trailing);
        _tokens.Add(new Token(green, _pendingFlags, _pendingRole));
        _hasPending = false;
    }

    private static bool IsPunctuation(FrusSyntaxKind kind) => kind is FrusSyntaxKind.OpenBracketToken or FrusSyntaxKind.CloseBracketToken
        or FrusSyntaxKind.DotToken or FrusSyntaxKind.OpenQuoteToken or FrusSyntaxKind.CloseQuoteToken;

    /// <summary>
    /// One green token per punctuation kind and character, shared by every place it occurs without trivia: green
    /// tokens have no position, so <c>[</c> is the same token everywhere (as in Roslyn), and a line of brackets
    /// costs no token objects.
    /// </summary>
    private static GreenToken SharedPunctuation(FrusSyntaxKind kind, char c)
    {
        var key = (kind, c);
        if (PunctuationTokens.TryGetValue(key, out var token)) return token;
        return PunctuationTokens.GetOrAdd(key, static k => new GreenToken((int)k.kind, k.c.ToString().AsMemory()));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(FrusSyntaxKind kind, char c), GreenToken> PunctuationTokens = new();

    private GreenTrivia[] TakeLeading()
    {
        if (_leading.Count == 0) return Trivia.None;
        var trivia = _leading.ToArray();
        _leading.Clear();
        return trivia;
    }

    private int SkipWhitespace(int position, int end)
    {
        while (position < end && _text[position] is ' ' or '\t') position++;
        return position;
    }

    private int SkipDigits(int position, int end)
    {
        while (position < end && char.IsAsciiDigit(_text[position])) position++;
        return position;
    }
}
