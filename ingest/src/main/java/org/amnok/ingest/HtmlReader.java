package org.amnok.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amnok.incident.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Web pages: the main text (article, else main, else body, without navigation, scripts, styles, footers), the title,
 * and date, outlet, URL and language from the page's meta tags. Stateless.
 */
final class HtmlReader {
    private static final List<String> DATE_META = List.of("meta[property=article:published_time]",
            "meta[name=article:published_time]", "meta[property=og:published_time]", "meta[name=date]",
            "meta[name=dc.date]", "meta[name=DC.date]", "meta[name=dc.date.issued]", "meta[name=DC.date.issued]",
            "meta[name=dcterms.date]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
            "meta[itemprop=datePublished]", "meta[name=sailthru.date]", "meta[name=parsely-pub-date]");

    private HtmlReader() {
    }

    static void read(Path file, String origin, String html, DocumentSink sink) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        Element root = first(page, "article", "main", "[role=main]", "body").orElse(page);
        String text = HtmlText.of(root);
        if (text.isBlank()) {
            sink.problem(Problems.file(file, Problems.NO_TEXT, "the page has no readable text in its article, main"
                    + " or body; is it a script-rendered page? Save the rendered page or its text instead"));
            return;
        }
        String url = meta(page, "meta[property=og:url]").or(() -> attr(page, "link[rel=canonical]", "href"))
                .orElse(null);
        sink.document(new Document(Ingest.idOf(file), published(file, page, sink), source(page), url,
                title(page, root), lang(page), text), origin);
    }

    private static Optional<Element> first(org.jsoup.nodes.Document page, String... selectors) {
        for (String s : selectors) {
            Element e = page.selectFirst(s);
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static LocalDate published(Path file, org.jsoup.nodes.Document page, DocumentSink sink) {
        Optional<String> raw = DATE_META.stream().map(s -> meta(page, s)).flatMap(Optional::stream).findFirst()
                .or(() -> attr(page, "article time[datetime], time[pubdate][datetime]", "datetime"));
        if (raw.isEmpty()) {
            return null;
        }
        Optional<LocalDate> day = Dates.parse(raw.get());
        if (day.isEmpty()) {
            sink.warning(Problems.part(file.toString(), "published", Problems.FIELD, "publication date '"
                    + raw.get() + "' in the meta tags is not a date; the document is read without one"));
        }
        return day.orElse(null);
    }

    private static String source(org.jsoup.nodes.Document page) {
        return meta(page, "meta[property=og:site_name]").or(() -> meta(page, "meta[name=publisher]"))
                .or(() -> meta(page, "meta[name=application-name]")).orElse(null);
    }

    private static String title(org.jsoup.nodes.Document page, Element root) {
        return meta(page, "meta[property=og:title]")
                .or(() -> Optional.ofNullable(root.selectFirst("h1")).map(Element::text).filter(t -> !t.isBlank()))
                .or(() -> Optional.of(page.title()).filter(t -> !t.isBlank())).orElse(null);
    }

    private static String lang(org.jsoup.nodes.Document page) {
        return attr(page, "html[lang]", "lang").map(l -> l.split("[-_]")[0].toLowerCase(Locale.ROOT))
                .orElse(null);
    }

    private static Optional<String> meta(org.jsoup.nodes.Document page, String selector) {
        return attr(page, selector, "content");
    }

    private static Optional<String> attr(org.jsoup.nodes.Document page, String selector, String attribute) {
        Element e = page.selectFirst(selector);
        return e == null ? Optional.empty() : Optional.of(e.attr(attribute).strip()).filter(v -> !v.isEmpty());
    }
}
