package org.amnok.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amnok.incident.Agent;
import org.amnok.incident.Group;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Status;
import org.amnok.store.IncidentQuery;
import org.amnok.store.IncidentState;

/**
 * The filters, sort and page of a list request, read from its query string the same way for pages and the API.
 * Bad values are refused with a 400 naming the parameter. Immutable.
 *
 * @param types incident types, any when empty ({@code type=ARREST&type=DETENTION} or {@code type=ARREST,DETENTION})
 * @param statuses statuses, any when empty
 * @param from date range start ({@code from=2019-01-01}), or {@code null}
 * @param to date range end, or {@code null}
 * @param place a place, exactly, or {@code null}
 * @param province a province (admin1), exactly, or {@code null}
 * @param group the people's group, or {@code null}
 * @param agent who acted, or {@code null}
 * @param source a document's outlet, exactly, or {@code null}
 * @param text words all found in the document ({@code q=}), or {@code null}
 * @param states analyst states, all but rejected when empty
 * @param sort one of {@link #SORTS}
 * @param page page number from 1
 * @param size rows a page, 1 to {@link #MAX_SIZE}
 */
record Filters(Set<IncidentType> types, Set<Status> statuses, LocalDate from, LocalDate to, String place,
               String province, Group group, Agent agent, String source, String text, Set<IncidentState> states,
               String sort, int page, int size) {

    /** Orders a list can take; the first is the default. */
    static final List<String> SORTS = List.of("newest", "oldest", "people", "reports");
    /** The largest page. */
    static final int MAX_SIZE = 500;
    /** The page size when none is asked for. */
    static final int DEFAULT_SIZE = 50;

    Filters {
        types = Set.copyOf(types);
        statuses = Set.copyOf(statuses);
        states = Set.copyOf(states);
    }

    /** The filters of {@code ctx}'s query string. */
    static Filters of(Context ctx) {
        return new Filters(enums(ctx, "type", IncidentType.class), enums(ctx, "status", Status.class),
                date(ctx, "from"), date(ctx, "to"), text(ctx, "place"), text(ctx, "province"),
                one(ctx, "group", Group.class),
                one(ctx, "agent", Agent.class), text(ctx, "source"), text(ctx, "q"),
                enums(ctx, "state", IncidentState.class), sort(ctx), number(ctx, "page", 1, 1, Integer.MAX_VALUE / 2),
                number(ctx, "size", DEFAULT_SIZE, 1, MAX_SIZE));
    }

    /** True when any filter narrows the list (sort and page aside). */
    boolean narrows() {
        return !types.isEmpty() || !statuses.isEmpty() || from != null || to != null || place != null
                || province != null || group != null || agent != null || source != null || text != null
                || !states.isEmpty();
    }

    /** The store query of these filters, without paging (first page of the largest size). */
    IncidentQuery query() {
        if (from != null && to != null && from.isAfter(to)) {
            throw WebProblem.badRequest("bad_parameter", "date range from=" + from + " to=" + to
                    + " is reversed; pass from <= to");
        }
        return new IncidentQuery(types, statuses, from, to, place, province, group, agent, source, text, states, 0,
                IncidentQuery.MAX_LIMIT);
    }

    /** Rows to skip for this page. */
    long offset() {
        return (long) (page - 1) * size;
    }

    /** This query string with another page number, for paging links; values URL-encoded. */
    String queryString(int newPage) {
        List<String> parts = new ArrayList<>();
        types.stream().sorted().forEach(t -> parts.add("type=" + t.name()));
        statuses.stream().sorted().forEach(s -> parts.add("status=" + s.name()));
        states.stream().sorted().forEach(s -> parts.add("state=" + s.name()));
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "place", place);
        add(parts, "province", province);
        add(parts, "group", group);
        add(parts, "agent", agent);
        add(parts, "source", source);
        add(parts, "q", text);
        add(parts, "sort", sort);
        add(parts, "size", size);
        add(parts, "page", newPage);
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    private static <E extends Enum<E>> Set<E> enums(Context ctx, String name, Class<E> type) {
        Set<E> out = new LinkedHashSet<>();
        for (String raw : ctx.queryParams(name)) {
            for (String v : raw.split(",")) {
                if (!v.isBlank()) {
                    out.add(parse(name, v, type));
                }
            }
        }
        return out.isEmpty() ? Set.of() : EnumSet.copyOf(out);
    }

    private static <E extends Enum<E>> E one(Context ctx, String name, Class<E> type) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : parse(name, v, type);
    }

    private static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WebProblem.badRequest("bad_parameter", name + "=" + value + " is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw WebProblem.badRequest("bad_parameter", name + "=" + v + " is not a date; write YYYY-MM-DD");
        }
    }

    private static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String sort(Context ctx) {
        String v = text(ctx, "sort");
        if (v == null) {
            return SORTS.get(0);
        }
        if (!SORTS.contains(v)) {
            throw WebProblem.badRequest("bad_parameter", "sort=" + v + " is not one of " + SORTS);
        }
        return v;
    }

    private static int number(Context ctx, String name, int fallback, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw WebProblem.badRequest("bad_parameter", name + "=" + v + " is not a whole number from " + min + " to "
                + max);
    }
}
