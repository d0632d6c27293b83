package org.amnok.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The front door of ingestion: files and folders in, {@link org.amnok.incident.Document}s and problems out.
 *
 * <p>Reads {@code .txt} (id from the file name, title from the first line), {@code .html}/{@code .htm} (main text,
 * title, and date, outlet and URL from meta tags), {@code .jsonl} (the spec's input format, one document a line),
 * RSS/Atom feeds in {@code .xml}, {@code .rss} or {@code .atom} (one document an entry) and {@code .pdf} (its text
 * layer). A file that is empty, larger than {@value #MAX_FILE_BYTES} bytes, not what its extension says, damaged
 * or not in a readable encoding is one problem naming it and why; the rest go on.
 *
 * <p>Streams: one file's bytes at a time are in memory (a JSONL file one line at a time), so a folder of any
 * number of files reads in constant memory. Stateless and thread-safe.
 */
public final class Ingest {
    /** The largest file read whole (JSONL files are streamed and have no limit). */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    private static final int HEAD_BYTES = 8192;

    private Ingest() {
    }

    /** An ingest front door. */
    public static Ingest create() {
        return new Ingest();
    }

    /**
     * The files under {@code roots}: a file as given, a folder's regular files recursively, hidden ones (a name
     * starting with ".") left out, in path order. A root that does not exist is a problem to {@code sink}.
     */
    public List<Path> files(List<Path> roots, DocumentSink sink) {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                out.add(root);
            } else if (Files.isDirectory(root)) {
                out.addAll(walk(root, sink));
            } else {
                sink.problem(Problems.file(root, Problems.NOT_FOUND, "no such file or folder; check the path"));
            }
        }
        return List.copyOf(out);
    }

    private static List<Path> walk(Path root, DocumentSink sink) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !hidden(root, p) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            sink.problem(Problems.file(root, Problems.UNREADABLE, "cannot list the folder (" + e.getMessage()
                    + "); check its permissions"));
            return List.of();
        }
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Reads every file under {@code roots} into {@code sink}. */
    public void read(List<Path> roots, DocumentSink sink) {
        for (Path file : files(roots, sink)) {
            read(file, sink);
        }
    }

    /** Reads one file into {@code sink}, then calls {@link DocumentSink#fileDone}; never throws for bad input. */
    public void read(Path file, DocumentSink sink) {
        try {
            dispatch(file, sink);
        } catch (NoSuchFileException e) {
            sink.problem(Problems.file(file, Problems.NOT_FOUND, "the file disappeared while reading; check the path"));
        } catch (IOException e) {
            sink.problem(Problems.file(file, Problems.UNREADABLE, "cannot read it (" + e.getMessage()
                    + "); check its permissions"));
        } finally {
            sink.fileDone(file);
        }
    }

    private void dispatch(Path file, DocumentSink sink) throws IOException {
        Optional<Kind> kind = Kind.byName(file);
        if (kind.isEmpty()) {
            sink.problem(Problems.file(file, Problems.UNSUPPORTED, "no reader for this extension; Amnok reads .txt,"
                    + " .html, .htm, .jsonl, .xml, .rss, .atom and .pdf"));
            return;
        }
        long size = Files.size(file);
        Optional<String> refusal = size == 0 ? Optional.of("the file is empty (0 bytes)")
                : size > MAX_FILE_BYTES && kind.get() != Kind.JSONL
                ? Optional.of("the file has " + size + " bytes, over the limit of " + MAX_FILE_BYTES)
                : kind.get().mismatch(head(file)).map(why -> "its extension says " + kind.get().name()
                        .toLowerCase(java.util.Locale.ROOT) + " but " + why);
        if (refusal.isPresent()) {
            String rule = size == 0 ? Problems.EMPTY : size > MAX_FILE_BYTES ? Problems.TOO_LARGE : Problems.WRONG_TYPE;
            sink.problem(Problems.file(file, rule, refusal.get()));
            return;
        }
        readAs(kind.get(), file, sink);
    }

    private static void readAs(Kind kind, Path file, DocumentSink sink) throws IOException {
        if (kind == Kind.JSONL) {
            JsonlReader.read(file, sink);
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        switch (kind) {
            case PDF -> PdfReader.read(file, bytes, sink);
            case FEED -> FeedReader.read(file, bytes, sink);
            case HTML -> decoded(file, bytes, true, sink).ifPresent(h -> HtmlReader.read(file, file.toString(), h,
                    sink));
            default -> decoded(file, bytes, false, sink).ifPresent(t -> readText(file, t, sink));
        }
    }

    private static Optional<String> decoded(Path file, byte[] bytes, boolean markup, DocumentSink sink) {
        Optional<String> declared = markup ? Texts.declaredCharset(bytes) : Optional.empty();
        Optional<String> text = declared.isPresent() ? Texts.decode(bytes, declared.get()) : Texts.decode(bytes);
        if (text.isEmpty()) {
            sink.problem(Problems.file(file, Problems.ENCODING, "it is not valid "
                    + declared.orElse("UTF-8") + " text; re-save it as UTF-8"));
        }
        return text;
    }

    private static void readText(Path file, String raw, DocumentSink sink) {
        String text = Texts.tidy(raw);
        if (text.isEmpty()) {
            sink.problem(Problems.file(file, Problems.NO_TEXT, "the file holds only white space"));
            return;
        }
        sink.document(new org.amnok.incident.Document(idOf(file), null, null, null, Texts.firstLine(text), null,
                text), file.toString());
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    /** A file's document id: its name without the extension. */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
