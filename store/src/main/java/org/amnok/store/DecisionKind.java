package org.amnok.store;

import java.util.Locale;

/** An analyst's word on two incidents: they describe one real event (merge) or two (split). */
public enum DecisionKind {
    MERGE, SPLIT;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DecisionKind fromColumn(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
