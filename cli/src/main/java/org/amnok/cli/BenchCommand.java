package org.amnok.cli;

import java.io.InputStream;
import com.sun.management.OperatingSystemMXBean;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.amnok.extract.Extractor;
import org.amnok.incident.Document;
import org.amnok.incident.ResourceMissingException;
import org.amnok.jsonl.DocumentReader;
import org.amnok.jsonl.Reading;
import org.amnok.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code amnok bench}: extraction speed in tokens and documents per second, on one thread and on all, and the
 * peak heap. The texts are repeated to the requested size; a warm-up pass runs first and is not timed. Besides
 * wall-clock rates it prints tokens per CPU-second, which stays meaningful on a machine shared with other work.
 */
@Command(name = "bench", sortOptions = false,
        description = {"Measure extraction speed (tokens/s, docs/s) on 1 thread and on all, and the peak heap.",
            "Run it as: JAVA_OPTS=-Xmx512m ./amnok bench"})
final class BenchCommand implements Callable<Main.Outcome> {
    static final String SAMPLE = "samples/reports.jsonl";
    private static final double MB = 1024 * 1024;
    /** Text run through the extractor before timing, so the JIT has compiled the hot paths. */
    private static final long WARM_UP_BYTES = 100 * 1024;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = "--in", paramLabel = "PATH",
            description = "Texts to time (default: ../shared/corpus seeds and dev when present, else the bundled"
                    + " sample). Repeat for several.")
    private List<Path> in;

    @Option(names = "--mb", paramLabel = "MB", defaultValue = "1",
            description = "Repeat the texts to at least this many megabytes of UTF-8 (default: ${DEFAULT-VALUE}).")
    private double mb;

    @Override
    public Main.Outcome call() {
        Settings settings = common.settings();
        if (!(mb > 0 && mb <= 1024)) {
            throw new ParameterException(spec.commandLine(), "--mb " + mb + " is out of range; give more than 0"
                    + " and at most 1024");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Document> texts = texts();
        long tokensPerRepeat = texts.stream().mapToLong(d -> countTokens(d.text())).sum(); // also loads the models
        Corpus corpus = Corpus.repeat(texts, (long) Math.ceil(mb * MB));
        long tokens = tokensPerRepeat * corpus.repeats();
        out.printf(Locale.ROOT, "bench: %d documents (%s) repeated %d times: %,d documents, %.2f MB, %,d tokens%n",
                texts.size(), source(), corpus.repeats(), corpus.documents().size(), corpus.bytes() / MB, tokens);
        out.flush();
        Extractor extractor = Extractor.create();
        try (HeapPeak heap = new HeapPeak()) {
            long warmUp = Math.min(WARM_UP_BYTES, corpus.bytes()); // class loading and JIT, not timed
            time(extractor, Corpus.repeat(texts, warmUp).documents(), settings.threads());
            heap.reset();
            out.println("threads   wall s    cpu s   tokens/s    docs/s  tokens/s/thread  tokens/cpu-s");
            for (int threads : settings.threads() == 1 ? List.of(1) : List.of(1, settings.threads())) {
                Timing t = time(extractor, corpus.documents(), threads);
                out.printf(Locale.ROOT, "%7d %8.2f %8.2f %,10.0f %,9.1f %,16.0f %,13.0f%n", threads, t.wall(),
                        t.cpu(), tokens / t.wall(), corpus.documents().size() / t.wall(), tokens / t.wall() / threads,
                        tokens / t.cpu());
                out.flush();
            }
            out.printf(Locale.ROOT, "peak heap: %.0f MB (max heap %.0f MB)%n", heap.bytes() / MB,
                    Runtime.getRuntime().maxMemory() / MB);
        }
        return Main.Outcome.OK;
    }

    /** The documents timed: the texts repeated, with ids made unique, and their size in bytes of UTF-8. */
    record Corpus(List<Document> documents, int repeats, long bytes) {

        /** {@code texts} repeated until they hold at least {@code minBytes} bytes of UTF-8 text. */
        static Corpus repeat(List<Document> texts, long minBytes) {
            long bytes = texts.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
            int repeats = (int) Math.max(1, (minBytes + bytes - 1) / Math.max(1, bytes));
            List<Document> out = new ArrayList<>(texts.size() * repeats);
            for (int r = 0; r < repeats; r++) {
                for (Document d : texts) {
                    out.add(new Document(d.id() + "#" + r, d.published(), d.source(), d.url(), d.title(), d.lang(),
                            d.text()));
                }
            }
            return new Corpus(List.copyOf(out), repeats, bytes * repeats);
        }
    }

    private static long countTokens(String text) {
        return TextAnalyzer.shared().analyze(text).stream().mapToLong(s -> s.tokens().size()).sum();
    }

    /** Seconds of wall-clock time and of the process's CPU time (all threads, GC and JIT included). */
    record Timing(double wall, double cpu) {
    }

    private static Timing time(Extractor extractor, List<Document> documents, int threads) {
        long wall = System.nanoTime();
        long cpu = cpuNanos();
        try (OrderedExtraction extraction = new OrderedExtraction(extractor, threads)) {
            extraction.run(documents.iterator(), e -> { });
        }
        return new Timing((System.nanoTime() - wall) / 1e9, (cpuNanos() - cpu) / 1e9);
    }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private List<Document> texts() {
        List<Path> files = in == null ? Inputs.sharedCorpora() : Inputs.expand(in, spec);
        try (Reporter reporter = Reporter.plain(spec.commandLine().getErr());
             Stream<Reading> readings = files.isEmpty() ? sample() : DocumentReader.create().read(files, null)) {
            List<Document> docs = readings.peek(r -> r.diagnostics().forEach(reporter::report))
                    .map(Reading::document).filter(Objects::nonNull).filter(d -> !d.text().isBlank()).toList();
            if (docs.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no text to time in " + files + "; give --in a"
                        + " JSONL or text file with reports");
            }
            return docs;
        }
    }

    private String source() {
        if (in != null) {
            return String.join(", ", in.stream().map(Path::toString).toList());
        }
        List<Path> shared = Inputs.sharedCorpora();
        return shared.isEmpty() ? "bundled " + SAMPLE
                : String.join(", ", shared.stream().map(p -> p.getParent().getFileName().toString()).toList());
    }

    private static Stream<Reading> sample() {
        InputStream sample = BenchCommand.class.getClassLoader().getResourceAsStream(SAMPLE);
        if (sample == null) {
            throw new ResourceMissingException(SAMPLE, null);
        }
        return DocumentReader.create().readJsonl(sample, SAMPLE);
    }
}
