package org.amnok.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as web pages and feeds write them. Stateless. */
final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

    private Dates() {
    }

    /**
     * The calendar day of {@code value}: an ISO date or date-time ("2019-06-03T08:00:00+09:00" is June 3, as
     * written, whatever the zone), "2019/06/03", or an RFC 1123 date ("Mon, 03 Jun 2019 08:00:00 +0900").
     */
    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(value.strip());
        try {
            if (m.lookingAt()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toLocalDate());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The UTC day of a feed library's date, or {@code null}. */
    static LocalDate of(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
