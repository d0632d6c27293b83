package org.amnok.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every corpus's gold incidents together: what holds for any merge, checked on real reports. */
class CaseInvariantsTest {
    private static List<SourcedIncident> all;
    private static List<Case> cases;

    @BeforeAll
    static void mergeEveryCorpus() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(GoldCorpus.shared().resolve("corpus")),
                "../shared not found: corpus tests skipped");
        all = new ArrayList<>();
        for (String corpus : List.of("seeds", "dev", "merge")) {
            all.addAll(GoldCorpus.read(corpus));
        }
        cases = CaseMerger.create().merge(all, List.of());
    }

    @Test
    void noCaseHoldsTwoIncidentsOfOneReport() {
        assertThat(cases).allSatisfy(c -> assertThat(c.members().stream().map(SourcedIncident::documentId))
                .doesNotHaveDuplicates());
    }

    @Test
    void everyPairInACaseIsAllowedByTheRules() {
        for (Case c : cases) {
            List<SourcedIncident> m = c.members();
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    Verdict v = Matcher.judge(Profile.of(0, 0, m.get(i)), Profile.of(1, 1, m.get(j)));
                    assertThat(v.compatible()).as(m.get(i).id() + " / " + m.get(j).id() + ": " + v.refusal())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void eachCaseIsATreeOfLinksBetweenItsMembers() {
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.links()).hasSize(c.members().size() - 1);
            List<String> ids = c.members().stream().map(SourcedIncident::id).toList();
            assertThat(c.links()).allSatisfy(l -> assertThat(ids).contains(l.a(), l.b()));
        });
    }

    @Test
    void casesAreOrderedByUniqueIdsAndCoverEveryIncidentOnce() {
        assertThat(cases).extracting(Case::id).doesNotHaveDuplicates().isSorted();
        assertThat(cases.stream().mapToInt(c -> c.members().size()).sum()).isEqualTo(all.size());
    }

    @Test
    void reportsOfOneEventFromOtherCorporaJoinToo() {
        // The dev corpus retells events of the merge corpus; some of them must meet.
        assertThat(cases).anySatisfy(c -> assertThat(c.members()).extracting(SourcedIncident::documentId)
                .anyMatch(d -> d.startsWith("M")).anyMatch(d -> d.startsWith("A") || d.startsWith("B")));
    }
}
