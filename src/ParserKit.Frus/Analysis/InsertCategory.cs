namespace ParserKit.Frus.Analysis;

/// <summary>
/// The kinds of bracketed text in FRUS (conventions §1.5). Print distinguishes some by italic or roman type,
/// which plain text loses, so the wording and the position decide.
/// </summary>
public enum InsertCategory
{
    /// <summary>Matches no known form: possibly a bracket of the source itself.</summary>
    Unknown,
    /// <summary><c>[2 lines not declassified]</c>, <c>[name not declassified]</c>.</summary>
    NotDeclassified,
    /// <summary><c>[Omitted here is …]</c>.</summary>
    Omitted,
    /// <summary><c>[Here follows …]</c>, <c>[Here follow …]</c>.</summary>
    HereFollows,
    /// <summary><c>[Received October 28—4:30 p.m.]</c>.</summary>
    Received,
    /// <summary>A label for what follows: <c>[Paraphrase]</c>, <c>[Extract]</c>, <c>[Enclosure]</c>, <c>[Annex A]</c>, a document number <c>[86]</c> opening a line.</summary>
    Label,
    /// <summary>Telegram routing: <c>[From Miller.]</c>, <c>[For Miller.]</c>.</summary>
    Routing,
    /// <summary><c>[etc.]</c>: a formula shortened by the editors.</summary>
    Etc,
    /// <summary><c>[sic]</c>.</summary>
    Sic,
    /// <summary><c>[unintelligible]</c>, <c>[illegible]</c>.</summary>
    Illegible,
    /// <summary>A guessed reading: <c>[protocol?]</c>.</summary>
    Conjecture,
    /// <summary>A correction of the word or number before it: <c>76 [73]</c>, <c>Reid [Read]</c>.</summary>
    Correction,
    /// <summary>Letters completing a word: <c>H[enry]</c>, <c>S[timson]</c>.</summary>
    Completion,
    /// <summary>Who or what is meant: <c>me [Thompson]</c>.</summary>
    Identification,
    /// <summary>Words or punctuation the editors supplied: <c>[a]</c>, <c>[been]</c>, <c>Procedurally[,]</c>, a dateline's <c>[Washington,]</c>.</summary>
    Addition,
    /// <summary>A source note printed in the text instead of as a footnote: <c>[Source: Department of State, Central Files …]</c>.</summary>
    SourceNote,
}
