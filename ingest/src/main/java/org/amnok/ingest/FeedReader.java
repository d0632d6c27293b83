package org.amnok.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amnok.incident.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * RSS and Atom feeds: one document an entry, with its title, link, date and text (description or content, HTML
 * made text). Well-formed feeds go through Rome; a feed that is not well-formed XML is read leniently, element by
 * element, so one broken entry costs that entry only. An entry without text is a problem; the others go on.
 * Stateless.
 */
final class FeedReader {

    /** One entry, whichever parser read it. */
    private record Entry(String title, String link, LocalDate published, String rawDate, String html) {
    }

    private FeedReader() {
    }

    static void read(Path file, byte[] bytes, DocumentSink sink) {
        List<Entry> entries;
        String feedTitle;
        try {
            SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
            feedTitle = feed.getTitle();
            entries = feed.getEntries().stream().map(FeedReader::entry).toList();
        } catch (FeedException | IOException | IllegalArgumentException e) {
            String raw = Texts.declaredCharset(bytes).flatMap(c -> Texts.decode(bytes, c))
                    .or(() -> Texts.decode(bytes)).orElse(new String(bytes, StandardCharsets.ISO_8859_1));
            org.jsoup.nodes.Document xml = Jsoup.parse(raw, "", Parser.xmlParser());
            if (xml.selectFirst("rss, feed, rdf|RDF, channel") == null) {
                sink.problem(Problems.file(file, Problems.WRONG_TYPE, "it is XML but not an RSS or Atom feed ("
                        + e.getMessage() + "); only feeds are read from .xml, .rss and .atom files"));
                return;
            }
            sink.warning(Problems.file(file, Problems.DAMAGED, "the feed is not well-formed XML (" + e.getMessage()
                    + "); its entries were read one by one"));
            feedTitle = text(xml.selectFirst("channel > title, feed > title"));
            entries = xml.select("item, entry").stream().map(FeedReader::entry).toList();
        }
        emit(file, feedTitle, entries, sink);
    }

    private static Entry entry(SyndEntry e) {
        List<String> parts = new ArrayList<>();
        if (e.getDescription() != null && e.getDescription().getValue() != null) {
            parts.add(e.getDescription().getValue());
        }
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                parts.add(c.getValue());
            }
        }
        LocalDate day = Dates.of(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
        String link = e.getLink() != null ? e.getLink() : e.getUri();
        return new Entry(e.getTitle(), link, day, null, longest(parts));
    }

    private static Entry entry(Element e) {
        Element link = e.selectFirst("link");
        String href = link == null ? null : link.hasAttr("href") ? link.attr("href") : link.text();
        String rawDate = text(e.selectFirst("pubDate, published, updated, dc|date"));
        String html = longest(e.select("description, summary, content, content|encoded").eachText());
        return new Entry(text(e.selectFirst("title")), href, Dates.parse(rawDate).orElse(null), rawDate, html);
    }

    private static String longest(List<String> parts) {
        // Feeds often carry both a teaser and the full content; the full one is the longer.
        return parts.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElse("");
    }

    private static String text(Element e) {
        return e == null ? null : e.text().strip();
    }

    private static void emit(Path file, String feedTitle, List<Entry> entries, DocumentSink sink) {
        String stem = Ingest.idOf(file);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String where = file + "#" + (i + 1);
            String body = HtmlText.of(Jsoup.parseBodyFragment(e.html() == null ? "" : e.html()).body());
            if (body.isBlank()) {
                sink.problem(Problems.part(where, "description", Problems.FEED_ENTRY, "feed entry "
                        + (i + 1) + (e.title() == null ? "" : " (\"" + e.title() + "\")")
                        + " has no description or content; it was skipped"));
                continue;
            }
            if (e.published() == null && e.rawDate() != null) {
                sink.warning(Problems.part(where, "published", Problems.FIELD, "feed entry date '" + e.rawDate()
                        + "' is not a date; the entry is read without one"));
            }
            String title = e.title() == null || e.title().isBlank() ? null : e.title().strip();
            String text = title == null ? body : title + "\n\n" + body;
            sink.document(new Document(stem + "-" + (i + 1), e.published(), blankToNull(feedTitle),
                    blankToNull(e.link()), title, null, text), where);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
