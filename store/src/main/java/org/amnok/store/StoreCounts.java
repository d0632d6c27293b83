package org.amnok.store;

/**
 * Row counts of the store's tables.
 *
 * @param documents stored reports
 * @param incidents stored incidents, whatever their state
 * @param decisions analyst decisions
 * @param auditEntries audit log rows
 */
public record StoreCounts(long documents, long incidents, long decisions, long auditEntries) {
}
