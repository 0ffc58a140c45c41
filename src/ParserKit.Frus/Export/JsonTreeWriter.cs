using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParserKit.Syntax;

namespace ParserKit.Frus.Export;

/// <summary>The syntax tree as JSON: nodes with kind, span and children; tokens with text and trivia.</summary>
public static class JsonTreeWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="node"/> and its subtree.</summary>
    public static string Write(SyntaxNode node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options)) WriteNode(writer, node);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteNode(Utf8JsonWriter writer, SyntaxNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", SyntaxTreePrinter.KindName(node.RawKind));
        WriteSpan(writer, node.FullSpan);
        writer.WriteStartArray("children");
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.IsNode) WriteNode(writer, child.AsNode()!);
            else WriteToken(writer, child.AsToken());
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteToken(Utf8JsonWriter writer, SyntaxToken token)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", SyntaxTreePrinter.KindName(token.RawKind));
        WriteSpan(writer, token.Span);
        writer.WriteString("text", token.Text);
        if (token.IsMissing) writer.WriteBoolean("missing", true);
        WriteTrivia(writer, "leading", token.LeadingTrivia);
        WriteTrivia(writer, "trailing", token.TrailingTrivia);
        writer.WriteEndObject();
    }

    private static void WriteTrivia(Utf8JsonWriter writer, string name, IEnumerable<SyntaxTrivia> trivia)
    {
        var list = trivia.ToList();
        if (list.Count == 0) return;
        writer.WriteStartArray(name);
        foreach (var item in list)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", SyntaxTreePrinter.KindName(item.RawKind));
            writer.WriteString("text", item.ToString());
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter writer, ParserKit.Text.TextSpan span)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
    }
}
