package org.amnok.merge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.amnok.incident.Location;
import org.amnok.incident.People;
import org.amnok.incident.Status;

/**
 * People last reported in Chinese hands (arrested, detained, or facing a return) with no later report of their
 * return, release or escape.
 *
 * <p>Immutable and thread-safe.
 *
 * @param c the case
 * @param state the status the latest report gives (OCCURRED for a detention, PLANNED for a return they face,
 *              BLOCKED for a return that was refused)
 * @param people the count of the latest report that states one; {@link People#UNKNOWN} when none does
 * @param location the case's most precise location
 * @param facility where they are held, as the latest report naming one writes it; {@code null} when none does
 * @param lastReport publication date of the latest report, or {@code null} when no member's date is known
 * @param sources the outlets, as written, distinct, in report order
 */
public record AtRiskEntry(Case c, Status state, People people, Location location, String facility,
                          LocalDate lastReport, List<String> sources) {

    public AtRiskEntry {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(location, "location");
        sources = List.copyOf(sources);
    }
}
