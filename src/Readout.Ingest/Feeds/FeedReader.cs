using System.Xml;
using System.Xml.Linq;
using Readout.Core.Errors;

namespace Readout.Ingest.Feeds;

/// <summary>Reads the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, one at a time.</summary>
/// <remarks>
/// DTDs are ignored and nothing external is resolved. Items are yielded as they are read, so a feed that breaks part
/// way still gives the items before the break; the break itself is an <see cref="ErrorCodes.InputMalformed"/> error.
/// </remarks>
public static class FeedReader
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    /// <summary>True when the start of <paramref name="text"/> looks like a feed (an rss, feed or rdf:RDF root).</summary>
    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048));
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The items of the feed in <paramref name="text"/>.</summary>
    /// <exception cref="ReadoutException">InputMalformed when the XML breaks (with line and column), InputUnsupported when the root is not a feed.</exception>
    public static IEnumerable<FeedItem> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        if (!MoveToRoot(reader))
        {
            throw new ReadoutException(ErrorCodes.InputMalformed, "the feed has no root element");
        }

        if (reader.LocalName is not ("rss" or "feed" or "RDF"))
        {
            throw new ReadoutException(ErrorCodes.InputUnsupported, $"the XML root is <{reader.Name}>, not an RSS or Atom feed");
        }

        while (true)
        {
            XElement? element;
            try
            {
                element = NextItem(reader);
            }
            catch (XmlException exception)
            {
                throw Malformed(exception);
            }

            if (element is null)
            {
                yield break;
            }

            yield return element.Name.LocalName == "entry" ? AtomEntry(element) : RssItem(element);
        }
    }

    private static bool MoveToRoot(XmlReader reader)
    {
        try
        {
            return reader.MoveToContent() == XmlNodeType.Element;
        }
        catch (XmlException exception)
        {
            throw Malformed(exception);
        }
    }

    private static XElement? NextItem(XmlReader reader)
    {
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "item" or "entry")
            {
                return (XElement)XNode.ReadFrom(reader);
            }

            reader.Read();
        }

        return null;
    }

    private static FeedItem RssItem(XElement item)
    {
        var encoded = Child(item, XName.Get("encoded", ContentNamespace));
        var description = Child(item, "description");
        return new FeedItem(
            Value(Child(item, "title")),
            Value(Child(item, "link")) ?? item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about")?.Value,
            Value(Child(item, "guid")),
            Value(Child(item, "pubDate")) ?? Value(Child(item, XName.Get("date", DublinCoreNamespace))),
            Value(Child(item, XName.Get("creator", DublinCoreNamespace))) ?? Value(Child(item, "author")),
            Value(encoded) ?? Value(description),
            ContentIsHtml: true);
    }

    private static FeedItem AtomEntry(XElement entry)
    {
        var content = Child(entry, "content") is { } full && !string.IsNullOrWhiteSpace(full.Value) ? full : Child(entry, "summary");
        var type = content?.Attribute("type")?.Value ?? "text";
        string? body = type == "xhtml" && content is not null
            ? string.Concat(content.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))
            : Value(content);
        var link = entry.Elements().Where(e => e.Name.LocalName == "link")
            .OrderBy(e => (e.Attribute("rel")?.Value ?? "alternate") == "alternate" ? 0 : 1)
            .Select(e => e.Attribute("href")?.Value)
            .FirstOrDefault();
        var author = Child(entry, "author") is { } person ? Value(Child(person, "name")) ?? Value(person) : null;
        return new FeedItem(
            Value(Child(entry, "title")),
            link,
            Value(Child(entry, "id")),
            Value(Child(entry, "published")) ?? Value(Child(entry, "updated")),
            author,
            body,
            ContentIsHtml: type is "html" or "xhtml" || type.Contains("html", StringComparison.OrdinalIgnoreCase));
    }

    // Feeds mix namespaces freely (RSS 0.9x with none, RSS 1.0 with the RSS namespace, Atom with its own): match by local name.
    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static XElement? Child(XElement parent, XName name) => parent.Element(name);

    private static string? Value(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    private static ReadoutException Malformed(XmlException exception) =>
        new(ErrorCodes.InputMalformed, $"the feed's XML breaks at line {exception.LineNumber}, column {exception.LinePosition}: {FirstSentence(exception.Message)}", exception);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
