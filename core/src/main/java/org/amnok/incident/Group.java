package org.amnok.incident;

/** Who the people were, by the spec's rules (a labourer who flees is a defector). */
public enum Group {
    DEFECTORS, WORKERS, SOLDIERS, SMUGGLERS, HELPERS, CIVILIANS
}
