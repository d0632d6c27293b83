package org.amnok.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import org.amnok.incident.DateValue;

/**
 * What a time expression resolves against: the publication date and the date of the event being told.
 *
 * @param published the report's publication date, or {@code null} when unknown
 * @param anchor the date of the event the discourse is about, or {@code null}
 */
record Discourse(LocalDate published, DateValue anchor) {
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_OR_DAY = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?");
    private static final Pattern SINGLE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

    /** The publication date, the "today" of the report. */
    Optional<LocalDate> today() {
        return Optional.ofNullable(published);
    }

    /** The anchor as it is, when it has a value. */
    Optional<DateValue> anchorValue() {
        return anchor == null || anchor.isUnknown() ? Optional.empty() : Optional.of(anchor);
    }

    /** The anchor's day, only when the anchor is one full date. */
    Optional<LocalDate> anchorDay() {
        return anchorMatching(FULL_DATE).map(LocalDate::parse);
    }

    /** The anchor's month, when the anchor is one month or a day in it. */
    Optional<YearMonth> anchorMonth() {
        return anchorMatching(MONTH_OR_DAY).map(v -> YearMonth.parse(v.substring(0, 7)));
    }

    /** The anchor's year, when the anchor is one year, month or day. */
    Optional<Integer> anchorYear() {
        return anchorMatching(SINGLE).map(v -> Integer.parseInt(v.substring(0, 4)));
    }

    private Optional<String> anchorMatching(Pattern shape) {
        return anchorValue().map(DateValue::value).filter(v -> shape.matcher(v).matches());
    }
}
