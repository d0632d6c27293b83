package org.amnok.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.amnok.incident.Diagnostic;
import org.amnok.incident.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlAndFeedTest {
    @TempDir
    Path tmp;

    @Test
    void readsEveryGoodLineOfAJsonlFileAndNamesEachBadOneByLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("docs.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"published\": \"2020-01-02\", \"source\": \"RFA\", \"url\": \"https://r.example/a\","
                        + " \"title\": \"T\", \"lang\": \"en\", \"text\": \"Two were caught.\"}",
                "{not json",
                "",
                "[1, 2]",
                "{\"text\": \"No id here.\"}",
                "{\"id\": \"c\", \"text\": \"\"}",
                "{\"id\": \"d\", \"published\": \"June 2020\", \"text\": \"A broker was held.\"}",
                "{\"id\": \"e\", \"text\": \"Last one, no newline.\"}"));

        Recorder r = Recorder.read(file);

        assertThat(r.documents).extracting(Document::id).containsExactly("a", "d", "e");
        assertThat(r.documents.get(0)).isEqualTo(new Document("a", LocalDate.of(2020, 1, 2), "RFA",
                "https://r.example/a", "T", "en", "Two were caught."));
        assertThat(r.problems).extracting(p -> p.document().replace(file.toString(), "F") + " " + p.rule())
                .containsExactly("F:2 ingest.not-json", "F:4 ingest.not-json", "F:5 ingest.bad-field",
                        "c ingest.bad-field");
        assertThat(r.warnings).singleElement().extracting(Diagnostic::document, Diagnostic::field)
                .containsExactly("d", "published");
        assertThat(r.origins).containsExactly(file + ":1", file + ":7", file + ":8");
    }

    @Test
    void readsOneDocumentAnRssItemAndSkipsAnItemWithNoTextSayingSo() throws IOException {
        Path file = Files.writeString(tmp.resolve("border.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Border Monitor</title><link>https://m.example.org</link>
                <item><title>Family of four caught near Hyesan</title><link>https://m.example.org/1</link>
                  <pubDate>Tue, 05 Jan 2021 10:00:00 GMT</pubDate>
                  <description>&lt;p&gt;Border guards caught a family of four.&lt;/p&gt;</description></item>
                <item><title>Empty item</title><link>https://m.example.org/2</link></item>
                <item><title>Workers sent home</title><link>https://m.example.org/3</link>
                  <description>Twelve restaurant workers were sent back from Dandong.</description></item>
                </channel></rss>
                """);

        Recorder r = Recorder.read(file);

        assertThat(r.documents).extracting(Document::id, Document::published, Document::source, Document::url)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("border-1", LocalDate.of(2021, 1, 5), "Border Monitor",
                                "https://m.example.org/1"),
                        org.assertj.core.groups.Tuple.tuple("border-3", null, "Border Monitor",
                                "https://m.example.org/3"));
        assertThat(r.documents.get(0).text()).isEqualTo("Family of four caught near Hyesan\n\n"
                + "Border guards caught a family of four.");
        assertThat(r.problems).singleElement().satisfies(p -> {
            assertThat(p.document()).isEqualTo(file + "#2");
            assertThat(p.rule()).isEqualTo("ingest.feed-entry");
            assertThat(p.message()).contains("Empty item");
        });
    }

    @Test
    void readsAnAtomFeedWithItsFullContent() throws IOException {
        Path file = Files.writeString(tmp.resolve("feed.atom"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>NK Desk</title><id>urn:x</id>
                <updated>2022-02-01T00:00:00Z</updated>
                <entry><title>Soldier defects across the Yalu</title><id>urn:x:1</id>
                  <link href="https://desk.example.org/yalu"/><published>2022-01-30T12:00:00Z</published>
                  <updated>2022-01-31T12:00:00Z</updated>
                  <summary>A soldier crossed.</summary>
                  <content type="html">&lt;p&gt;A soldier crossed the frozen Yalu near Sinuiju.&lt;/p&gt;</content>
                </entry></feed>
                """);

        Recorder r = Recorder.read(file);

        assertThat(r.problems).isEmpty();
        assertThat(r.documents).singleElement().satisfies(d -> {
            assertThat(d.published()).isEqualTo(LocalDate.of(2022, 1, 30));
            assertThat(d.url()).isEqualTo("https://desk.example.org/yalu");
            assertThat(d.text()).isEqualTo("Soldier defects across the Yalu\n\nA soldier crossed the frozen Yalu"
                    + " near Sinuiju.");
        });
    }

    @Test
    void readsTheGoodEntriesOfAFeedThatIsNotWellFormed() throws IOException {
        Path file = Files.writeString(tmp.resolve("broken.xml"), """
                <rss version="2.0"><channel><title>Wire</title>
                <item><title>Good one</title><link>https://w.example/1</link>
                  <pubDate>2021-07-08</pubDate>
                  <description>Nine defectors were arrested in Kunming.</description></item>
                <item><title>Broken & bad <b>markup</title><description>Cut off
                <item><title>Another good one</title><link>https://w.example/3</link>
                  <description>Police freed two minors in Shenyang.</description></item>
                </channel>
                """);

        Recorder r = Recorder.read(file);

        assertThat(r.documents).extracting(Document::url).contains("https://w.example/1", "https://w.example/3");
        assertThat(r.documents.get(0).published()).isEqualTo(LocalDate.of(2021, 7, 8));
        assertThat(r.warnings).extracting(Diagnostic::rule).contains("ingest.damaged");
    }

    @Test
    void refusesXmlThatIsNotAFeed() throws IOException {
        Path file = Files.writeString(tmp.resolve("config.xml"),
                "<?xml version=\"1.0\"?><settings><a>1</a></settings>");

        Recorder r = Recorder.read(file);

        assertThat(r.documents).isEmpty();
        assertThat(r.problems).singleElement().extracting(Diagnostic::rule).isEqualTo("ingest.wrong-type");
    }
}
