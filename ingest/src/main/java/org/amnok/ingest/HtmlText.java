package org.amnok.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML element: one paragraph a block (p, h1, li, ...), white space inside a paragraph
 * collapsed, paragraphs separated by a blank line, so headlines and captions never run into the next sentence.
 * Stateless.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption",
            "table", "tr", "td", "th", "br", "hr", "address", "caption");
    /** Never part of a report's text. */
    static final String NOISE = "nav, script, style, footer, aside, form, noscript, iframe, svg, button, template,"
            + " [role=navigation], [aria-hidden=true]";

    private HtmlText() {
    }

    /** The text of {@code root}, noise excluded; {@code root} itself is not modified. */
    static String of(Element root) {
        Element copy = root.clone();
        copy.select(NOISE).remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    append(out, t.getWholeText());
                } else if (isBlock(node)) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) {
                    out.append('\n');
                }
            }
        }, copy);
        return paragraphs(out.toString());
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element e && BLOCKS.contains(e.normalName());
    }

    private static void append(StringBuilder out, String text) {
        out.append(text.replaceAll("[\\s\\u00a0]+", " "));
    }

    private static String paragraphs(String raw) {
        StringBuilder out = new StringBuilder();
        for (String line : raw.split("\n")) {
            String p = line.strip();
            if (!p.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n\n").append(p);
            }
        }
        return out.toString();
    }
}
