package org.amnok.store;

/**
 * What {@link IncidentStore#reextract} did to one document's incidents.
 *
 * @param kept incidents an analyst confirmed, edited or rejected, left as they were
 * @param replaced machine-extracted incidents rewritten in place under their old id (same type and evidence start)
 * @param added new incidents, under new ids
 * @param dropped machine-extracted incidents that the new extraction no longer finds
 */
public record Reextraction(int kept, int replaced, int added, int dropped) {
}
