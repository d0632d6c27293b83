package org.amnok.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amnok.incident.Agent;
import org.amnok.incident.DatePart;
import org.amnok.incident.DateValue;
import org.amnok.incident.Group;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.People;
import org.amnok.incident.Precision;
import org.amnok.incident.Scope;
import org.amnok.incident.Status;

/**
 * An analyst's edit of an incident's fields, read from a form or a flat JSON object with the keys of
 * {@link #FIELDS}. A key that is absent keeps the old value; a blank value clears a nullable field. The evidence
 * never changes: it is where the incident was read. Stateless.
 */
final class IncidentEdit {
    /** The editable fields, in form order. */
    static final List<String> FIELDS = List.of("type", "status", "scope", "people_min", "people_max",
            "people_approx", "female", "male", "minors", "group", "agent", "place", "admin1", "country", "precision",
            "facility", "lat", "lon", "date", "date_part", "fatalities");

    private IncidentEdit() {
    }

    /** {@code before} with the fields of {@code values} applied; bad values are refused with a 400 naming them. */
    static Incident apply(Incident before, Map<String, String> values) {
        Values v = new Values(values);
        People p = before.people();
        People people = new People(v.integer("people_min", p.min()), v.integer("people_max", p.max()),
                v.bool("people_approx", p.approx()), v.integer("female", p.female()), v.integer("male", p.male()),
                v.integer("minors", p.minors()), p.ages());
        if (people.min() != null && people.max() != null && people.min() > people.max()) {
            throw WebProblem.badRequest("bad_field", "people_min " + people.min() + " exceeds people_max "
                    + people.max() + "; make min <= max");
        }
        Location l = before.location();
        Location location = new Location(v.text("place", l.place()), v.text("admin1", l.admin1()),
                v.text("country", l.country()), v.enumOf("precision", Precision.class, l.precision()),
                v.text("facility", l.facility()), v.decimal("lat", l.lat()), v.decimal("lon", l.lon()));
        DateValue date = new DateValue(v.date(before.date().value()),
                v.enumOf("date_part", DatePart.class, before.date().part()));
        return new Incident(v.required("type", IncidentType.class, before.type()),
                v.required("status", Status.class, before.status()), v.required("scope", Scope.class, before.scope()),
                people, v.enumOf("group", Group.class, before.group()), v.enumOf("agent", Agent.class, before.agent()),
                location, date, v.integer("fatalities", before.fatalities()), before.evidence());
    }

    /** Reads typed values out of the submitted strings. */
    private record Values(Map<String, String> raw) {
        private String get(String key) {
            String v = raw.get(key);
            return v == null ? null : v.strip();
        }

        String text(String key, String old) {
            if (!raw.containsKey(key)) {
                return old;
            }
            String v = get(key);
            return v == null || v.isEmpty() ? null : v;
        }

        Integer integer(String key, Integer old) {
            String v = text(key, old == null ? null : old.toString());
            try {
                Integer n = v == null ? null : Integer.valueOf(v);
                if (n != null && n < 0) {
                    throw new NumberFormatException("negative");
                }
                return n;
            } catch (NumberFormatException e) {
                throw WebProblem.badRequest("bad_field", key + "=" + v + " is not a whole number >= 0");
            }
        }

        Double decimal(String key, Double old) {
            String v = text(key, old == null ? null : old.toString());
            try {
                return v == null ? null : Double.valueOf(v);
            } catch (NumberFormatException e) {
                throw WebProblem.badRequest("bad_field", key + "=" + v + " is not a number");
            }
        }

        boolean bool(String key, boolean old) {
            String v = text(key, Boolean.toString(old));
            return v != null && (v.equalsIgnoreCase("true") || v.equals("on") || v.equals("1"));
        }

        String date(String old) {
            String v = text("date", old);
            if (v != null && !v.matches("\\d{4}(-(\\d{2}|SP|SU|FA|AU|WI)(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?")) {
                throw WebProblem.badRequest("bad_field", "date=" + v + " is not an ISO 8601 partial date such as"
                        + " 2019-05-25, 2019-05, 2019, 2020-WI or 2019-07/2019-08");
            }
            return v;
        }

        <E extends Enum<E>> E enumOf(String key, Class<E> type, E old) {
            String v = text(key, old == null ? null : old.name());
            try {
                return v == null ? null : Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw WebProblem.badRequest("bad_field", key + "=" + v + " is not one of "
                        + Arrays.toString(type.getEnumConstants()));
            }
        }

        <E extends Enum<E>> E required(String key, Class<E> type, E old) {
            E v = enumOf(key, type, old);
            if (v == null) {
                throw WebProblem.badRequest("bad_field", key + " is required; pick one of "
                        + Arrays.toString(type.getEnumConstants()));
            }
            return v;
        }
    }
}
