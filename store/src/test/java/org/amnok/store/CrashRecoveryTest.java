package org.amnok.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A process killed with SIGKILL in the middle of a large ingest, then run again, leaves every document exactly once
 * and no incident without its document: each document and its incidents are one transaction.
 */
class CrashRecoveryTest {
    private static final int DOCUMENTS = 2_000;
    private static final int KILL_AFTER = 150;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @MethodSource("org.amnok.store.Backend#all")
    void aKilledIngestRunAgainStoresEveryDocumentExactlyOnce(Backend backend) throws Exception {
        try (Backend.TestDb db = backend.create(tmp)) {
            Process first = child(db.db());
            int seen = readUntil(first, KILL_AFTER);
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(seen).as("the child stored documents before it was killed").isEqualTo(KILL_AFTER);

            try (IncidentStore store = db.open()) {
                StoreCounts afterKill = store.counts();
                assertThat(afterKill.documents()).isBetween((long) KILL_AFTER, (long) DOCUMENTS - 1);
                assertThat(afterKill.incidents()).isEqualTo(afterKill.documents() * IngestChild.PER_DOCUMENT);
                assertThat(store.orphanIncidents()).isZero();
            }

            Process second = child(db.db());
            readUntil(second, Integer.MAX_VALUE);
            assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(second.exitValue()).isZero();

            try (IncidentStore store = db.open()) {
                assertThat(store.counts()).isEqualTo(new StoreCounts(DOCUMENTS,
                        (long) DOCUMENTS * IngestChild.PER_DOCUMENT, 0, 0));
                assertThat(store.orphanIncidents()).isZero();
            }
        }
    }

    private static Process child(String db) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(),
                db, String.valueOf(DOCUMENTS)).redirectErrorStream(true).start();
    }

    /** Reads the child's "stored N" lines until N reaches {@code target} or output ends; the last N seen. */
    private static int readUntil(Process p, int target) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        int last = 0;
        for (String line = out.readLine(); line != null && last < target; line = out.readLine()) {
            if (line.startsWith("stored ")) {
                last = Integer.parseInt(line.substring(7));
            }
        }
        return last;
    }
}
