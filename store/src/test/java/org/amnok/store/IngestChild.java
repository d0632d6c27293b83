package org.amnok.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amnok.incident.Document;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;

/**
 * A separate JVM for {@link CrashRecoveryTest}: ingests {@code COUNT} invented documents of {@value #PER_DOCUMENT}
 * incidents each into {@code DB}, skipping those already stored, and prints "stored N" after each new one.
 *
 * <p>Usage: {@code IngestChild DB COUNT}.
 */
final class IngestChild {
    static final int PER_DOCUMENT = 3;

    private IngestChild() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[1]);
        try (IncidentStore store = IncidentStore.open(args[0])) {
            int stored = 0;
            for (int i = 0; i < count; i++) {
                Document d = document(i);
                if (store.findStoredId(d).isEmpty() && store.add(d, incidents(d.text()), "child")
                        == AddOutcome.ADDED) {
                    System.out.println("stored " + ++stored);
                    System.out.flush();
                }
            }
        }
    }

    static Document document(int i) {
        String text = "Report " + i + ": police arrested " + (i % 40 + 1) + " defectors near Hunchun. "
                + "They were held at a border post. They were sent back within days.";
        return new Document("crash-" + i, LocalDate.of(2020, 1, 1).plusDays(i % 900), "Test Wire",
                "https://wire.example.org/" + i, null, "en", text);
    }

    static List<Incident> incidents(String text) {
        List<Incident> out = new ArrayList<>();
        IncidentType[] types = {IncidentType.ARREST, IncidentType.DETENTION, IncidentType.REPATRIATION};
        String[] starts = {"Report", "They were held", "They were sent"};
        for (int k = 0; k < PER_DOCUMENT; k++) {
            out.add(IncidentStoreTest.at(text, types[k], starts[k]));
        }
        return out;
    }
}
