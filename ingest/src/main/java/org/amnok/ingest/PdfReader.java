package org.amnok.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.amnok.incident.Document;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDF files: their text layer, in reading order, and the title from the document information. Stateless. */
final class PdfReader {

    private PdfReader() {
    }

    static void read(Path file, byte[] bytes, DocumentSink sink) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = Texts.tidy(stripper.getText(pdf));
            if (text.isEmpty()) {
                sink.problem(Problems.file(file, Problems.NO_TEXT, "the PDF has no text layer (a scan?); run OCR"
                        + " on it first, or ingest its text as .txt"));
                return;
            }
            String title = pdf.getDocumentInformation().getTitle();
            sink.document(new Document(Ingest.idOf(file), null, null, null,
                    title == null || title.isBlank() ? Texts.firstLine(text) : title.strip(), null, text),
                    file.toString());
        } catch (InvalidPasswordException e) {
            sink.problem(Problems.file(file, Problems.DAMAGED, "the PDF is encrypted; save an unprotected copy"));
        } catch (IOException | RuntimeException e) {
            // PDFBox signals damage with IOExceptions and, for some malformed structures, runtime exceptions.
            sink.problem(Problems.file(file, Problems.DAMAGED, "the PDF is truncated or damaged (" + e.getMessage()
                    + "); download it again"));
        }
    }
}
