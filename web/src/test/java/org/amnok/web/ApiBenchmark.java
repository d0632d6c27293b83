package org.amnok.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.amnok.store.IncidentStore;

/**
 * Benchmark (a main class, not a test): p50/p95 latency of the main API calls over a SQLite database of many
 * generated incidents, first one client at a time, then with many concurrent clients on loopback, bounded in time.
 *
 * <p>Arguments: {@code [incidents=1000000] [clients=100] [seconds=20] [db=<temp file>]}. An existing {@code db} is
 * reused as is (fill once, measure often). Run from the repository root:
 * <pre>
 * mvn -q -pl web -am test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx10g -cp "web/target/test-classes:web/target/classes:$(cat web/cp.txt)" org.amnok.web.ApiBenchmark
 * </pre>
 * (the class path must come from the same reactor build, so that it names the modules' fresh classes).
 */
public final class ApiBenchmark {
    private static final int PER_DOCUMENT = 20;
    private static final String[] PLACES = {"Shenyang", "Dandong", "Yanji", "Tumen", "Changbai", "Hunchun", "Helong",
        "Longjing", "Kunming", "Qingdao"};
    private static final double[][] COORDS = {{41.8, 123.4}, {40.1, 124.4}, {42.9, 129.5}, {42.97, 129.84},
        {41.42, 128.2}, {42.87, 130.36}, {42.53, 129.0}, {42.77, 129.42}, {25.04, 102.7}, {36.07, 120.38}};
    private static final String[] WORDS = {"broker", "motel", "bus", "train", "river", "church", "checkpoint",
        "factory", "restaurant", "farm"};

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int incidents = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path db = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("amnok-bench").resolve("bench.db");
        if (!Files.exists(db)) {
            fill(db.toString(), incidents);
        }
        try (WebServer server = WebServer.start(new WebServer.Settings(db.toString(), 0, false, false))) {
            server.app().accounts().createUser("bench" + System.nanoTime() % 100_000, Role.VIEWER,
                    "benchmark password");
            Principal p = server.app().accounts().users().stream().filter(u -> u.name().startsWith("bench"))
                    .findFirst().map(u -> new Principal(u.id(), u.name(), u.role(), null, false)).orElseThrow();
            String token = "Bearer " + server.app().accounts().createToken(p, "bench");
            long t0 = System.nanoTime();
            CaseBook.Snapshot s = server.app().cases().snapshot();
            System.out.printf(Locale.ROOT, "database: %s, %d incidents in %d reports; cases computed in %.1f s%n",
                    db, s.counts().incidents(), s.counts().documents(), (System.nanoTime() - t0) / 1e9);
            Map<String, String> calls = calls(s);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            System.out.println("\none client, 30 calls each (after 3 warm-up calls):");
            for (Map.Entry<String, String> call : calls.entrySet()) {
                long[] ms = sequential(http, server.url() + call.getValue(), token);
                System.out.printf(Locale.ROOT, "  %-22s p50 %8.1f ms  p95 %8.1f ms%n", call.getKey(), pct(ms, 50),
                        pct(ms, 95));
            }
            concurrent(http, server, calls, token, clients, seconds);
            Map<String, String> light = new java.util.LinkedHashMap<>(calls);
            light.keySet().removeIf(k -> k.contains("full-text") || k.contains("filtered") || k.contains("page 500"));
            System.out.println("\nthe same without the heavy queries (full-text, filtered, deep page):");
            concurrent(http, server, light, token, clients, seconds);
        }
    }

    private static Map<String, String> calls(CaseBook.Snapshot s) {
        Map<String, String> calls = new java.util.LinkedHashMap<>();
        String someCase = s.cases().get(s.cases().size() / 2).id();
        String someIncident = s.cases().get(s.cases().size() / 3).members().get(0).id();
        calls.put("incidents page 1", "/api/v1/incidents?size=50");
        calls.put("incidents page 500", "/api/v1/incidents?size=50&page=500");
        calls.put("incidents filtered", "/api/v1/incidents?type=ARREST&place=Dandong&from=2015-01-01&size=50");
        calls.put("incidents full-text", "/api/v1/incidents?q=broker%20checkpoint&size=50");
        calls.put("incident by id", "/api/v1/incidents/" + Views.seg(someIncident));
        calls.put("cases page 1", "/api/v1/cases?size=50");
        calls.put("case by id", "/api/v1/cases/" + Views.seg(someCase));
        calls.put("stats", "/api/v1/stats");
        calls.put("at-risk page 1", "/api/v1/at-risk?size=50");
        return calls;
    }

    private static long[] sequential(HttpClient http, String url, String token) throws Exception {
        for (int i = 0; i < 3; i++) {
            call(http, url, token);
        }
        long[] ms = new long[30];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            call(http, url, token);
            ms[i] = System.nanoTime() - t;
        }
        return ms;
    }

    private static void call(HttpClient http, String url, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + new String(r.body(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static void concurrent(HttpClient http, WebServer server, Map<String, String> calls, String token,
                                   int clients, int seconds) throws InterruptedException {
        List<String> names = new ArrayList<>(calls.keySet());
        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        names.forEach(n -> times.put(n, java.util.Collections.synchronizedList(new ArrayList<>())));
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c;
            pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    String name = names.get(i % names.size());
                    long t = System.nanoTime();
                    try {
                        call(http, server.url() + calls.get(name), token);
                        times.get(name).add(System.nanoTime() - t);
                    } catch (IOException | RuntimeException e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.out.println("  error on " + name + ": " + e);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        long total = times.values().stream().mapToLong(List::size).sum();
        System.out.printf(Locale.ROOT, "%n%d concurrent clients for %d s: %d calls (%.0f/s), %d errors%n", clients,
                seconds, total, total / (double) seconds, errors.get());
        for (String n : names) {
            long[] ms = times.get(n).stream().mapToLong(Long::longValue).toArray();
            System.out.printf(Locale.ROOT, "  %-22s n %6d  p50 %8.1f ms  p95 %8.1f ms%n", n, ms.length, pct(ms, 50),
                    pct(ms, 95));
        }
    }

    private static double pct(long[] nanos, int p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** Generated reports of {@value #PER_DOCUMENT} incidents each, dated over 2005-2024, through the store's API. */
    private static void fill(String db, int incidents) {
        long t0 = System.nanoTime();
        java.util.Random random = new java.util.Random(42);
        try (IncidentStore store = IncidentStore.open(db)) {
            for (int d = 0; d * PER_DOCUMENT < incidents; d++) {
                LocalDate published = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(7_300));
                StringBuilder text = new StringBuilder("Report ").append(d).append(". ");
                List<Span> spans = new ArrayList<>();
                for (int i = 0; i < PER_DOCUMENT && d * PER_DOCUMENT + i < incidents; i++) {
                    int start = text.length();
                    text.append("Police arrested ").append(2 + random.nextInt(9)).append(" people near the ")
                            .append(WORDS[random.nextInt(WORDS.length)]).append(" in ")
                            .append(PLACES[random.nextInt(PLACES.length)]).append('.');
                    spans.add(new Span(start, text.length()));
                    text.append(' ');
                }
                String body = text.toString();
                List<Incident> list = new ArrayList<>();
                for (Span span : spans) {
                    list.add(generated(random, body, span, published));
                }
                store.add(new Document("bench-" + d, published, "Outlet " + (d % 7), null, null, "en", body), list,
                        "bench");
                if (d % 5_000 == 0) {
                    System.out.printf(Locale.ROOT, "filling: %d incidents, %.0f s%n", d * PER_DOCUMENT,
                            (System.nanoTime() - t0) / 1e9);
                }
            }
        }
        System.out.printf(Locale.ROOT, "filled %d incidents in %.0f s%n", incidents, (System.nanoTime() - t0) / 1e9);
    }

    private static Incident generated(java.util.Random random, String text, Span span, LocalDate published) {
        int place = random.nextInt(PLACES.length);
        IncidentType type = IncidentType.values()[random.nextInt(IncidentType.values().length)];
        LocalDate day = published.minusDays(random.nextInt(60));
        return new Incident(type, Status.values()[random.nextInt(3)], random.nextInt(20) == 0 ? Scope.AGGREGATE
                : Scope.INCIDENT, People.exactly(1 + random.nextInt(30)), Group.values()[random.nextInt(6)],
                Agent.values()[random.nextInt(3)], new Location(PLACES[place], null, "CN", Precision.CITY, null,
                COORDS[place][0], COORDS[place][1]), DateValue.of(random.nextBoolean() ? day.toString()
                : day.toString().substring(0, 7)), null, Evidence.of(text, span));
    }
}
