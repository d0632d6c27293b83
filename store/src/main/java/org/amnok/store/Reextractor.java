package org.amnok.store;

import java.util.ArrayList;
import java.util.List;
import org.amnok.incident.Incident;

/**
 * Decides where a document's newly extracted incidents go, given its stored ones: analysts' incidents win,
 * matching extracted ones keep their index, the rest get fresh indexes after the highest ever used. Immutable.
 */
final class Reextractor {
    /** A new incident and the index it is stored under. */
    record Placed(int index, Incident incident) {
    }

    private final List<Placed> placed = new ArrayList<>();
    private final Reextraction outcome;

    Reextractor(List<StoredIncident> old, List<Incident> fresh) {
        List<StoredIncident> held = old.stream().filter(s -> s.state().heldByAnalyst()).toList();
        List<StoredIncident> free = new ArrayList<>(old.stream().filter(s -> !s.state().heldByAnalyst()).toList());
        int next = old.stream().mapToInt(StoredIncident::index).max().orElse(-1) + 1;
        int replaced = 0;
        for (Incident incident : fresh) {
            if (held.stream().anyMatch(h -> coversSameEvent(h.incident(), incident))) {
                continue;
            }
            StoredIncident same = free.stream().filter(f -> sameSlot(f.incident(), incident)).findFirst().orElse(null);
            if (same == null) {
                placed.add(new Placed(next++, incident));
            } else {
                free.remove(same);
                placed.add(new Placed(same.index(), incident));
                replaced++;
            }
        }
        outcome = new Reextraction(held.size(), replaced, placed.size() - replaced, free.size());
    }

    private static boolean coversSameEvent(Incident analysts, Incident machine) {
        return analysts.type() == machine.type() && analysts.evidence().span().overlaps(machine.evidence().span());
    }

    private static boolean sameSlot(Incident old, Incident fresh) {
        return old.type() == fresh.type() && old.evidence().span().start() == fresh.evidence().span().start();
    }

    List<Placed> placed() {
        return List.copyOf(placed);
    }

    Reextraction outcome() {
        return outcome;
    }
}
