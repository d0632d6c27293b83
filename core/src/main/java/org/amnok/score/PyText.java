package org.amnok.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Python's spellings of the values score.py prints, so the Java scorer's text is the reference scorer's text:
 * {@code repr()} and {@code str()} of strings, integers, lists and {@code None}; {@code round(x, 3)}; slicing by
 * code points.
 *
 * <p>Stateless and thread-safe.
 */
final class PyText {
    private PyText() {
    }

    /** Python's {@code round(x, 3)}: half to even on the double's exact value. */
    static double round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's {@code repr()} of a number already rounded to 3 decimals ("0.857", "1.0", "0.0"). */
    static String float3(double rounded) {
        String s = new BigDecimal(rounded).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    /** Python's {@code "%.3f" % x}. */
    static String fixed3(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    /** Python's {@code "%s" % v} for {@code null}, integers, strings and lists of them. */
    static String str(Object v) {
        return v instanceof String s ? s : repr(v);
    }

    /** Python's {@code repr(v)} for {@code null}, integers, strings and lists of them. */
    static String repr(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof String s) {
            return reprString(s);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(PyText::repr).collect(Collectors.joining(", ", "[", "]"));
        }
        return v.toString();
    }

    /** The first {@code n} code points of {@code s}, as Python's {@code s[:n]}. */
    static String head(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    private static String reprString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> out.append(escape(cp, quote)));
        return out.append(quote).toString();
    }

    private static String escape(int cp, char quote) {
        return switch (cp) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> cp == quote ? "\\" + quote : printable(cp) ? Character.toString(cp) : hex(cp);
        };
    }

    private static boolean printable(int cp) {
        int type = Character.getType(cp);
        return cp == ' ' || !(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SPACE_SEPARATOR);
    }

    private static String hex(int cp) {
        if (cp < 0x100) {
            return String.format(Locale.ROOT, "\\x%02x", cp);
        }
        return cp < 0x10000 ? String.format(Locale.ROOT, "\\u%04x", cp) : String.format(Locale.ROOT, "\\U%08x", cp);
    }
}
