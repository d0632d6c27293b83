package org.amnok.gazetteer;

/**
 * A name folded by {@link Folding#name(String)}. Immutable.
 *
 * @param key the lookup key
 * @param upperMask bit {@code i} set when the key's {@code i}-th character must be a capital in a text (only the
 *     first 64 characters are checked)
 */
record FoldedName(String key, long upperMask) {
}
