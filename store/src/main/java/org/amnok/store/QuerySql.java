package org.amnok.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The SQL of an {@link IncidentQuery}: a WHERE clause over incidents {@code i} (and documents {@code d} when the
 * query names a source or words) with named arguments. Values are always bound, never spliced into the text.
 *
 * @param where conditions joined by AND, or the empty string
 * @param arguments name to value, in order
 * @param needsDocuments true when the conditions read documents {@code d}
 */
record QuerySql(String where, Map<String, Object> arguments, boolean needsDocuments) {

    /** Newest first, then by document and index, all descending so one index serves the whole order. */
    static final String ORDER = " ORDER BY i.sort_date DESC, i.document_id DESC, i.idx DESC";

    QuerySql {
        arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    static QuerySql of(IncidentQuery q, Dialect dialect) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> args = new LinkedHashMap<>();
        in(conditions, args, "i.type", "type", q.types(), Enum::name);
        in(conditions, args, "i.status", "status", q.statuses(), Enum::name);
        if (!q.states().containsAll(EnumSet.allOf(IncidentState.class))) {
            in(conditions, args, "i.state", "state", q.states(), IncidentState::column);
        }
        equal(conditions, args, "i.people_group", "grp", q.group() == null ? null : q.group().name());
        equal(conditions, args, "i.agent", "agent", q.agent() == null ? null : q.agent().name());
        if (q.place() != null) {
            conditions.add("(i.place = :place OR i.admin1 = :place)");
            args.put("place", q.place());
        }
        dates(conditions, args, q);
        equal(conditions, args, "d.source", "source", q.source());
        if (q.text() != null) {
            conditions.add(dialect.textFilter("text"));
            args.put("text", dialect.textArgument(q.text()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new QuerySql(where, args, q.source() != null || q.text() != null);
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

    private static void dates(List<String> conditions, Map<String, Object> args, IncidentQuery q) {
        // Overlap of [date_from, date_to] with [from, to]; an undated incident has nulls and never matches.
        if (q.from() != null) {
            conditions.add("i.date_to >= :from");
            args.put("from", q.from().toString());
        }
        if (q.to() != null) {
            conditions.add("i.date_from <= :to");
            args.put("to", q.to().toString());
        }
    }

    /** Binds the arguments to {@code statement}. */
    <T extends SqlStatement<T>> T bind(T statement) {
        arguments.forEach(statement::bind);
        return statement;
    }
}
