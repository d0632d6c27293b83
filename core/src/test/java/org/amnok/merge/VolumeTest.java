package org.amnok.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Merging stays near-linear: blocking by type and scope and sweeping by date bounds the pairs judged. */
class VolumeTest {

    @Test
    void judgedPairsGrowInProportionToVolumeNotItsSquare() {
        long small = comparisons(Synthetic.reports(20_000, 5, 7));
        long large = comparisons(Synthetic.reports(80_000, 20, 7));
        // Four times the reports over four times the years: about four times the pairs, not sixteen.
        assertThat((double) large / small).isBetween(2.5, 6.0);
        assertThat(large / 80_000.0).as("pairs judged per incident").isLessThan(200);
    }

    @Test
    void reportsOfOneEventShareACaseAtVolume() {
        List<SourcedIncident> reports = Synthetic.reports(20_000, 5, 11);
        List<Case> cases = CaseMerger.create().merge(reports, List.of());
        assertThat(cases.stream().mapToInt(c -> c.members().size()).sum()).isEqualTo(reports.size());
        assertThat(cases.size()).as("events told by several outlets are joined").isLessThan(reports.size() * 3 / 4);
    }

    /** Run with {@code -Damnok.bench=true}: a million incidents over twenty years. */
    @Test
    @EnabledIfSystemProperty(named = "amnok.bench", matches = "true")
    void aMillionIncidentsMergeInSeconds() {
        List<SourcedIncident> reports = new ArrayList<>(Synthetic.reports(1_000_000, 20, 3));
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<Case> cases = CaseMerger.create().merge(reports, List.of());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("merged %d incidents into %d cases in %.1f s (%.1f s of CPU)%n", reports.size(),
                cases.size(), seconds, (os.getProcessCpuTime() - cpu) / 1e9);
        cpu = os.getProcessCpuTime();
        long atRiskStart = System.nanoTime();
        int atRisk = AtRisk.list(cases).size();
        double atRiskSeconds = (System.nanoTime() - atRiskStart) / 1e9;
        System.out.printf("%d at risk in %.1f s (%.1f s of CPU)%n", atRisk, atRiskSeconds,
                (os.getProcessCpuTime() - cpu) / 1e9);
        assertThat(seconds).isLessThan(120); // on a shared two-core machine; see CaseMerger's Javadoc
        assertThat(atRiskSeconds).isLessThan(30);
    }

    private static long comparisons(List<SourcedIncident> reports) {
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            profiles.add(Profile.of(i, i, reports.get(i)));
        }
        return Candidates.find(profiles).comparisons();
    }
}
