package org.amnok.people;

/** Whose citizens a mention names, as far as its modifiers (or a defector noun) say. */
public enum Nationality {
    NORTH_KOREAN, CHINESE, SOUTH_KOREAN, OTHER, UNKNOWN
}
