package org.amnok.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.amnok.store.IncidentStore;
import org.junit.jupiter.api.Test;

/** The case snapshot: fresh at once after a write while builds are quick, rebuilt in the background once slow. */
class CaseBookTest {
    @Test
    void showsAWriteAtOnceWhileBuildsAreQuick() throws Exception {
        Path dir = Files.createTempDirectory("amnok-casebook");
        try (IncidentStore store = IncidentStore.open(dir.resolve("a.db").toString())) {
            Fixtures.fill(store);
            CaseBook book = new CaseBook(store, Clock.systemUTC());
            assertThat(book.snapshot().cases()).hasSize(4);
            store.edit("fx-arrest#0", IncidentEdit.apply(store.incident("fx-arrest#0").incident(),
                    Map.of("people_min", "9", "people_max", "9")), "ana");
            book.invalidate();
            assertThat(book.snapshot().findCase("case-fx-arrest#0").orElseThrow().peopleLow()).isEqualTo(9);
        }
    }

    @Test
    void keepsServingTheOldSnapshotWhileASlowRebuildRunsThenSwapsIt() throws Exception {
        Path dir = Files.createTempDirectory("amnok-casebook");
        try (IncidentStore store = IncidentStore.open(dir.resolve("a.db").toString())) {
            Fixtures.fill(store);
            // A sync limit of zero makes every build after the first count as slow.
            CaseBook book = new CaseBook(store, Clock.systemUTC(), Duration.ZERO);
            CaseBook.Snapshot first = book.snapshot();
            store.setState("fx-return#1", org.amnok.store.IncidentState.REJECTED, "ana");
            book.invalidate();
            assertThat(book.snapshot()).isSameAs(first);
            CaseBook.Snapshot later = first;
            for (int i = 0; i < 200 && later == first; i++) {
                Thread.sleep(25);
                later = book.snapshot();
            }
            assertThat(later.cases()).hasSize(3);
        }
    }
}
