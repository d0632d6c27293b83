package org.amnok.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.amnok.incident.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextAndHtmlTest {
    @TempDir
    Path tmp;

    @Test
    void readsATextFileWithItsNameAsIdAndItsFirstLineAsTitle() throws IOException {
        Path file = Files.writeString(tmp.resolve("yanji-raid.txt"), "\r\nFive held after raid in Yanji\r\n\r\n\r\n"
                + "Police detained five North Korean women at a rented flat in Yanji on Tuesday.\r\n");

        Recorder r = Recorder.read(file);

        assertThat(r.problems).isEmpty();
        assertThat(r.documents).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("yanji-raid");
            assertThat(d.title()).isEqualTo("Five held after raid in Yanji");
            assertThat(d.text()).isEqualTo("Five held after raid in Yanji\n\nPolice detained five North Korean women"
                    + " at a rented flat in Yanji on Tuesday.");
        });
    }

    @Test
    void readsTheArticleOfAPageWithoutNavigationScriptsStylesOrFooters() throws IOException {
        Path file = write("page.html", """
                <html lang="en-GB"><head><title>Guides held | Border Monitor</title>
                <meta property="og:title" content="Two guides held in Tumen">
                <meta property="og:site_name" content="Border Monitor">
                <meta property="og:url" content="https://monitor.example.org/tumen-guides">
                <meta property="article:published_time" content="2021-03-04T09:30:00+09:00">
                <style>p { color: red }</style><script>var tracking = 1;</script></head>
                <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <article><h1>Two guides held in Tumen</h1>
                <p>Chinese border police detained two guides   in Tumen
                   on March 1, a source said.</p>
                <p>The pair had led a family of four toward the river.</p>
                <aside>Read more: other stories</aside></article>
                <footer>Copyright Border Monitor</footer></body></html>
                """);

        Recorder r = Recorder.read(file);

        assertThat(r.problems).isEmpty();
        Document d = r.documents.get(0);
        assertThat(d).extracting(Document::id, Document::title, Document::source, Document::url,
                        Document::published, Document::lang)
                .containsExactly("page", "Two guides held in Tumen", "Border Monitor",
                        "https://monitor.example.org/tumen-guides", LocalDate.of(2021, 3, 4), "en");
        assertThat(d.text()).isEqualTo("Two guides held in Tumen\n\nChinese border police detained two guides in"
                + " Tumen on March 1, a source said.\n\nThe pair had led a family of four toward the river.");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "<meta name=\"date\" content=\"2019-06-03\">,                              2019-06-03",
        "<meta name=\"dc.date\" content=\"2019/6/3\">,                             2019-06-03",
        "<meta name=\"DC.date.issued\" content=\"2019-06-03T23:10:00Z\">,          2019-06-03",
        "<meta itemprop=\"datePublished\" content=\"Mon&#44; 03 Jun 2019 08:00:00 +0900\">, 2019-06-03",
        "<link rel=\"canonical\" href=\"https://x.example/a\">,                     ",
    })
    void takesThePublicationDateFromTheMetaTagsThatCarryIt(String head, LocalDate expected) throws IOException {
        Path file = write("dated.htm", "<html><head>" + head + "</head><body><p>A defector was caught.</p></body>"
                + "</html>");

        assertThat(Recorder.read(file).documents).singleElement().extracting(Document::published).isEqualTo(expected);
    }

    @Test
    void warnsOfADateThatIsNotADateAndStillReadsThePage() throws IOException {
        Path file = write("undated.html", "<html><head><meta name=\"date\" content=\"last spring\"></head>"
                + "<body><main><p>Three workers fled a factory.</p></main></body></html>");

        Recorder r = Recorder.read(file);

        assertThat(r.documents).singleElement().extracting(Document::published).isNull();
        assertThat(r.warnings).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("published");
            assertThat(w.message()).contains("last spring");
        });
    }

    @Test
    void honoursTheCharsetAPageDeclares() throws IOException {
        Path file = tmp.resolve("latin.html");
        Files.write(file, ("<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Caf\u00e9 owner held in"
                + " Dandong.</p></body></html>").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(Recorder.read(file).documents).singleElement().extracting(Document::text)
                .isEqualTo("Caf\u00e9 owner held in Dandong.");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }
}
