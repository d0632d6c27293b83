package org.amnok.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The SQL of an {@link IncidentQuery}: a WHERE clause over incidents {@code i} with named arguments. Values are
 * always bound, never spliced into the text. Every condition is shaped to be answered from the schema's indexes,
 * which all start with {@code rejected} and end with {@code sort_date}.
 *
 * @param where conditions joined by AND, or the empty string
 * @param arguments name to value, in order
 */
record QuerySql(String where, Map<String, Object> arguments) {

    /** Newest first, then latest stored first; every index ends in this order. */
    static final String ORDER = " ORDER BY i.sort_date DESC, i.seq DESC";

    QuerySql {
        arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /**
     * Facts about the stored data that shape a query's SQL.
     *
     * @param longestSpan the most days any stored date spans: a date range query looks back that far before its
     *     lower bound, so it can scan a range of {@code sort_date} rather than every incident
     * @param textDrives true when few documents match the query's words, so the matches should drive the query
     */
    record Plan(int longestSpan, boolean textDrives) {
    }

    static QuerySql of(IncidentQuery q, Dialect dialect, Plan plan) {
        int longestSpan = plan.longestSpan();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> args = new LinkedHashMap<>();
        states(conditions, args, q.states());
        in(conditions, args, "i.type", "type", q.types(), Enum::name);
        in(conditions, args, "i.status", "status", q.statuses(), Enum::name);
        equal(conditions, args, "i.people_group", "grp", q.group() == null ? null : q.group().name());
        equal(conditions, args, "i.agent", "agent", q.agent() == null ? null : q.agent().name());
        equal(conditions, args, "i.place", "place", q.place());
        equal(conditions, args, "i.admin1", "province", q.province());
        equal(conditions, args, "i.source", "source", q.source());
        dates(conditions, args, q, longestSpan);
        if (q.text() != null) {
            conditions.add(dialect.textFilter("text", plan.textDrives()));
            args.put("text", dialect.textArgument(q.text()));
        }
        return new QuerySql(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), args);
    }

    /**
     * The column of {@code incident_totals} that answers a count of {@code q} in one read: "live" or "total" when
     * {@code q} filters on nothing but the default or the full set of states, else empty.
     */
    static Optional<String> totalsColumn(IncidentQuery q) {
        boolean unfiltered = q.types().isEmpty() && q.statuses().isEmpty() && q.from() == null && q.to() == null
                && q.place() == null && q.province() == null && q.group() == null && q.agent() == null
                && q.source() == null && q.text() == null;
        if (!unfiltered) {
            return Optional.empty();
        }
        if (q.states().equals(IncidentQuery.all().states())) {
            return Optional.of("live");
        }
        return q.states().containsAll(EnumSet.allOf(IncidentState.class)) ? Optional.of("total") : Optional.empty();
    }

    private static void states(List<String> conditions, Map<String, Object> args, Set<IncidentState> states) {
        if (states.containsAll(EnumSet.allOf(IncidentState.class))) {
            // Still name the leading index column, so the indexes serve the query.
            conditions.add("i.rejected IN (0, 1)");
        } else if (states.equals(EnumSet.complementOf(EnumSet.of(IncidentState.REJECTED)))) {
            conditions.add("i.rejected = 0");
        } else if (states.equals(Set.of(IncidentState.REJECTED))) {
            conditions.add("i.rejected = 1");
        } else {
            conditions.add(states.contains(IncidentState.REJECTED) ? "i.rejected IN (0, 1)" : "i.rejected = 0");
            in(conditions, args, "i.state", "state", states, IncidentState::column);
        }
    }

    private static <T> void in(List<String> conditions, Map<String, Object> args, String column, String name,
                               Collection<T> values, Function<T, String> spelling) {
        if (values.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (T v : values.stream().sorted().toList()) {
            String n = name + names.size();
            names.add(":" + n);
            args.put(n, spelling.apply(v));
        }
        conditions.add(column + " IN (" + String.join(", ", names) + ")");
    }

    private static void equal(List<String> conditions, Map<String, Object> args, String column, String name,
                              String value) {
        if (value != null) {
            conditions.add(column + " = :" + name);
            args.put(name, value);
        }
    }

    private static void dates(List<String> conditions, Map<String, Object> args, IncidentQuery q, int longestSpan) {
        // Overlap of [date_from, date_to] with [from, to]. sort_date is date_from, or a placeholder below every date
        // for the undated, which a date bound never matches. A date that reaches `from` began at most longestSpan
        // days before it, which bounds the scan from below.
        if (q.from() == null && q.to() == null) {
            return;
        }
        conditions.add("i.sort_date >= :floor");
        args.put("floor", q.from() == null ? IncidentRows.FIRST_DATE : q.from().minusDays(longestSpan).toString());
        if (q.from() != null) {
            conditions.add("i.date_to >= :from");
            args.put("from", q.from().toString());
        }
        if (q.to() != null) {
            conditions.add("i.sort_date <= :to");
            args.put("to", q.to().toString());
        }
    }

    /** Binds the arguments to {@code statement}. */
    <T extends SqlStatement<T>> T bind(T statement) {
        arguments.forEach(statement::bind);
        return statement;
    }
}
