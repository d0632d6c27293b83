package org.amnok.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import org.amnok.incident.Agent;
import org.amnok.incident.DateValue;
import org.amnok.incident.Document;
import org.amnok.incident.Evidence;
import org.amnok.incident.Group;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Location;
import org.amnok.incident.People;
import org.amnok.incident.Precision;
import org.amnok.incident.Scope;
import org.amnok.incident.Span;
import org.amnok.incident.Status;

/**
 * Benchmark, not a test: fills a SQLite store with synthetic incidents (1 million by default) and prints p50 and
 * p95 latency of list, filter and count queries. Target: p95 under 50 ms.
 *
 * <p>Run from the repository root after {@code mvn -q -pl store -am test-compile}:
 * <pre>
 * mvn -q -pl store dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp store/target/classes:store/target/test-classes:core/target/classes:$(cat /tmp/cp.txt) \
 *     org.amnok.store.StoreBench [DB_FILE] [INCIDENTS]
 * </pre>
 * An existing DB_FILE that already holds the incidents is reused, so the queries can be rerun without refilling.
 */
public final class StoreBench {
    private static final int PER_DOCUMENT = 20;
    private static final int RUNS = 60;
    private static final String[] PLACES = {"Dandong", "Shenyang", "Yanji", "Tumen", "Hunchun", "Kunming", "Changbai",
        "Linjiang", "Ji'an", "Beijing", "Qingdao", "Dalian", "Helong", "Longjing", "Hyesan", "Sinuiju"};
    private static final String[] PROVINCES = {"Liaoning", "Liaoning", "Jilin", "Jilin", "Jilin", "Yunnan", "Jilin",
        "Jilin", "Jilin", "Beijing", "Shandong", "Liaoning", "Jilin", "Jilin", "Ryanggang", "North Pyongan"};
    private static final String[] SOURCES = {"Daily NK", "RFA", "Yonhap", "NK News", "AFP", "Reuters", "Korea Herald"};
    private static final String[] WORDS = {"arrested", "repatriated", "detained", "broker", "motel", "bus", "river",
        "guards", "missionary", "church", "factory", "train", "checkpoint", "village", "smuggler", "phone"};

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/amnok-bench.db");
        int incidents = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        try (IncidentStore store = IncidentStore.open(file.toString())) {
            fill(store, incidents);
            System.out.printf(Locale.ROOT, "%,d incidents in %,d documents; file %,d MB%n",
                    store.counts().incidents(), store.counts().documents(), Files.size(file) >> 20);
            measure(store);
        }
    }

    private static void fill(IncidentStore store, int incidents) {
        long have = store.counts().incidents();
        if (have >= incidents) {
            return;
        }
        Random random = new Random(42);
        long start = System.nanoTime();
        int documents = incidents / PER_DOCUMENT;
        for (int d = (int) (have / PER_DOCUMENT); d < documents; d++) {
            Document doc = document(d, random);
            store.add(doc, incidents(doc, random), "bench");
            if (d % 5_000 == 0) {
                System.out.printf(Locale.ROOT, "  %,d documents%n", d);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "filled in %.0f s: %,.0f documents/s, %,.0f incidents/s%n", seconds,
                documents / seconds, incidents / seconds);
    }

    private static Document document(int d, Random random) {
        StringBuilder text = new StringBuilder("Report ").append(d).append('.');
        for (int s = 0; s < PER_DOCUMENT; s++) {
            text.append(" Sentence ").append(s).append(" about a ").append(WORDS[random.nextInt(WORDS.length)])
                    .append(" and a ").append(WORDS[random.nextInt(WORDS.length)]).append('.');
        }
        return new Document("bench-" + d, LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5_000)),
                SOURCES[random.nextInt(SOURCES.length)], "https://bench.example.org/" + d, null, "en", text.toString());
    }

    private static List<Incident> incidents(Document doc, Random random) {
        List<Incident> out = new ArrayList<>(PER_DOCUMENT);
        String text = doc.text();
        int from = 0;
        for (int s = 0; s < PER_DOCUMENT; s++) {
            int start = text.indexOf(" Sentence ", from) + 1;
            int end = text.indexOf('.', start) + 1;
            from = end;
            int p = random.nextInt(PLACES.length);
            int min = 1 + random.nextInt(30);
            LocalDate day = doc.published().minusDays(random.nextInt(60));
            out.add(new Incident(pick(IncidentType.values(), random), pick(Status.values(), random),
                    random.nextInt(10) == 0 ? Scope.AGGREGATE : Scope.INCIDENT,
                    new People(min, min + random.nextInt(3), false, null, null, null, List.of()),
                    pick(Group.values(), random), pick(Agent.values(), random),
                    new Location(PLACES[p], PROVINCES[p], p >= 14 ? "KP" : "CN", Precision.CITY, null, null, null),
                    random.nextInt(8) == 0 ? DateValue.UNKNOWN : DateValue.of(day.toString()), null,
                    Evidence.of(text, new Span(start, end))));
        }
        return out;
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static void measure(IncidentStore store) {
        Random r = new Random(7);
        IncidentQuery all = IncidentQuery.all().page(0, 50);
        report("list: newest 50", store, i -> all, true);
        report("list: page 100 (offset 5,000)", store, i -> all.page(5_000, 50), true);
        report("filter: type, newest 50", store, i -> all.withTypes(Set.of(pick(IncidentType.values(), r))), true);
        report("filter: type + status + group", store, i -> all.withTypes(Set.of(pick(IncidentType.values(), r)))
                .withStatuses(Set.of(Status.PLANNED)).withGroup(pick(Group.values(), r)), true);
        report("filter: place", store, i -> all.withPlace(pick(PLACES, r)), true);
        report("filter: one month", store, i -> month(all, r), true);
        report("filter: source", store, i -> all.withSource(pick(SOURCES, r)), true);
        report("filter: text words", store, i -> all.matching(pick(WORDS, r) + " " + pick(WORDS, r)), true);
        report("count: all", store, i -> all, false);
        report("count: type", store, i -> all.withTypes(Set.of(pick(IncidentType.values(), r))), false);
        report("count: place", store, i -> all.withPlace(pick(PLACES, r)), false);
        report("count: one month", store, i -> month(all, r), false);
        report("count: type + one month", store, i -> month(all, r).withTypes(Set.of(pick(IncidentType.values(),
                r))), false);
        report("count: source", store, i -> all.withSource(pick(SOURCES, r)), false);
    }

    private static IncidentQuery month(IncidentQuery q, Random r) {
        LocalDate first = LocalDate.of(2010 + r.nextInt(13), 1 + r.nextInt(12), 1);
        return q.between(first, first.plusMonths(1).minusDays(1));
    }

    private static void report(String name, IncidentStore store, IntFunction<IncidentQuery> queries, boolean list) {
        long[] nanos = new long[RUNS];
        long rows = 0;
        for (int i = -5; i < RUNS; i++) {
            IncidentQuery q = queries.apply(i);
            long start = System.nanoTime();
            rows += list ? store.list(q).size() : store.count(q);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-34s p50 %7.2f ms  p95 %7.2f ms  (avg rows %,d)%n", name,
                nanos[RUNS / 2] / 1e6, nanos[RUNS * 95 / 100] / 1e6, rows / (RUNS + 5));
    }
}
