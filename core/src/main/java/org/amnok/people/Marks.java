package org.amnok.people;

/** Marks the words a mention has taken, so no later rule reads them again. Stateless. */
final class Marks {
    private Marks() {
    }

    static void use(boolean[] used, Draft draft) {
        for (int i = draft.start(); i < draft.end(); i++) {
            used[i] = true;
        }
    }
}
