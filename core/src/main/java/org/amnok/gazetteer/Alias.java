package org.amnok.gazetteer;

/**
 * One spelling of a place, as stored under its key. Immutable.
 *
 * @param place the place spelled; null for a blocker, a non-place phrase ("Radio Free Asia") whose words must
 *     not be read as places
 * @param upperMask key positions that must be capitals in a text: see {@link FoldedName}
 * @param adjective true for a demonym ("Chinese")
 */
record Alias(Place place, long upperMask, boolean adjective) {

    /** True for a phrase that names no place. */
    boolean blocker() {
        return place == null;
    }

    /** True when the text whose key characters sit at {@code origin} has a capital wherever this spelling has. */
    boolean casedIn(String text, int[] origin) {
        long mask = upperMask;
        while (mask != 0) {
            int at = Long.numberOfTrailingZeros(mask);
            if (!Character.isUpperCase(text.charAt(origin[at]))) {
                return false;
            }
            mask &= mask - 1;
        }
        return true;
    }
}
