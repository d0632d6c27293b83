package org.amnok.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amnok.incident.Diagnostic;
import org.amnok.incident.Document;

/** A sink that keeps everything it is given, for assertions. */
final class Recorder implements DocumentSink {
    final List<Document> documents = new ArrayList<>();
    final List<String> origins = new ArrayList<>();
    final List<Diagnostic> problems = new ArrayList<>();
    final List<Diagnostic> warnings = new ArrayList<>();
    final List<Path> done = new ArrayList<>();

    @Override
    public void document(Document document, String origin) {
        documents.add(document);
        origins.add(origin);
    }

    @Override
    public void problem(Diagnostic problem) {
        problems.add(problem);
    }

    @Override
    public void warning(Diagnostic warning) {
        warnings.add(warning);
    }

    @Override
    public void fileDone(Path file) {
        done.add(file);
    }

    static Recorder read(Path... roots) {
        Recorder r = new Recorder();
        Ingest.create().read(List.of(roots), r);
        return r;
    }
}
