package org.amnok.web;

import java.util.List;
import java.util.TreeSet;
import org.amnok.incident.Span;

/**
 * A document's text as HTML with evidence spans marked: every character escaped, each stretch covered by one or
 * more spans wrapped in {@code <mark>}, and an empty anchor element with its id where each span starts. Overlapping
 * spans split into stretches, so the markup always nests. Spans past the text's end are clipped. Stateless.
 */
final class Highlighter {
    /** A span to mark, with the anchor id of its first stretch and a CSS class. */
    record Mark(Span span, String anchor, String cssClass) {
    }

    private Highlighter() {
    }

    static String render(String text, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : marks) {
            cuts.add(Math.min(m.span().start(), text.length()));
            cuts.add(Math.min(m.span().end(), text.length()));
        }
        StringBuilder out = new StringBuilder(text.length() + 64 * marks.size());
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                out.append(stretch(text, from, to, marks));
            }
            from = to;
        }
        return out.toString();
    }

    private static String stretch(String text, int from, int to, List<Mark> marks) {
        StringBuilder out = new StringBuilder();
        for (Mark m : marks) {
            if (m.span().start() == from) {
                out.append("<span class=\"anchor\" id=\"").append(Html.esc(m.anchor())).append("\"></span>");
            }
        }
        String inner = Html.esc(text.substring(from, to));
        List<String> classes = marks.stream().filter(m -> m.span().start() <= from && to <= m.span().end())
                .map(Mark::cssClass).distinct().toList();
        if (classes.isEmpty()) {
            return out.append(inner).toString();
        }
        return out.append("<mark class=\"").append(Html.esc(String.join(" ", classes))).append("\">").append(inner)
                .append("</mark>").toString();
    }
}
