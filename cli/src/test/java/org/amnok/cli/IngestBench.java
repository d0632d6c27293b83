package org.amnok.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: documents ingested per second into a fresh SQLite store, extraction included, and with
 * extraction left out (the store's share). Repeats the shared corpus's reports, each made unique by a numbered
 * last line so none is skipped as unchanged.
 *
 * <p>Run from the repository root after {@code mvn -q -pl cli -am test-compile}, with the test class path:
 * {@code java -cp ... org.amnok.cli.IngestBench [DOCUMENTS]} (default 2,000).
 */
public final class IngestBench {
    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path dir = Files.createTempDirectory("amnok-ingest-bench");
        Path docs = write(dir.resolve("docs.jsonl"), n);
        IngestCommand withExtraction = new IngestCommand();
        report("extraction included", n, () -> Shared.run(withExtraction, "--db", dir.resolve("a.db").toString(),
                docs.toString()));
        IngestCommand storeOnly = new IngestCommand();
        storeOnly.extraction = d -> List.of();
        report("store only", n, () -> Shared.run(storeOnly, "--db", dir.resolve("b.db").toString(),
                docs.toString()));
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void report(String name, int n, Runnable run) {
        long start = System.nanoTime();
        run.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-20s %,d documents in %.1f s: %,.0f documents/s%n", name, n, seconds,
                n / seconds);
    }

    private static Path write(Path file, int n) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        Path corpus = Path.of(System.getProperty("amnok.root", "."), "..", "shared", "corpus");
        for (String part : List.of("seeds", "dev", "merge")) {
            for (String line : Files.readAllLines(corpus.resolve(part).resolve("docs.jsonl"))) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).get("text").asText());
                }
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < n; i++) {
                ObjectNode doc = json.createObjectNode().put("id", "bench-" + i).put("published", "2020-01-01")
                        .put("text", texts.get(i % texts.size()) + "\n\nCopy " + i + ".");
                out.write(json.writeValueAsString(doc));
                out.newLine();
            }
        }
        return file;
    }
}
