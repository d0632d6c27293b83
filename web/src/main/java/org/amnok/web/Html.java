package org.amnok.web;

/**
 * The one escaping function of the web app, and the few builders that use it. Every value that reaches a page goes
 * through {@link #esc}: user text, incident fields, document text, ids in links. Stateless and thread-safe.
 */
final class Html {
    private Html() {
    }

    /**
     * {@code value} made inert in HTML text and in double- or single-quoted attribute values: {@code & < > " '}
     * become character references. {@code null} becomes the empty string.
     */
    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code value} escaped, or an em dash when it is {@code null} or blank: how pages show an unknown field. */
    static String orDash(Object value) {
        return value == null || value.toString().isBlank() ? "&mdash;" : esc(value);
    }

    /** A link whose target and label are both escaped. */
    static String link(String href, Object label) {
        return "<a href=\"" + esc(href) + "\">" + esc(label) + "</a>";
    }

    /** A hidden form field carrying the session's CSRF token. */
    static String csrfField(String token) {
        return "<input type=\"hidden\" name=\"_csrf\" value=\"" + esc(token) + "\">";
    }
}
