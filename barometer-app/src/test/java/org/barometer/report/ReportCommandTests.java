package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.barometer.Seed;
import org.barometer.cli.BarometerCommand;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** `barometer report` as a user runs it, on an embedded store in a temporary folder holding the published No. 17. */
class ReportCommandTests {

    @TempDir
    static Path data;

    record Run(int status, String out, String err) {
    }

    static Run barometer(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = BarometerCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] withData = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--data", data.toString()))
                .toArray(String[]::new);
        return new Run(commandLine.execute(withData), out.toString(), err.toString());
    }

    @BeforeAll
    static void importTheSample() {
        assertThat(barometer("import", Seed.path().toString()).status()).isZero();
    }

    @Test
    void writesAReadablePdf() throws Exception {
        Path file = data.resolve("issue-17.pdf");

        Run run = barometer("report", "--issue", "17", "--format", "pdf", "--out", file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("Wrote issue No. 17, revision 1, as PDF (en) to " + file + ".\n");
        PdfPages pdf = PdfPages.read(Files.readAllBytes(file));
        assertThat(pdf.count()).isGreaterThan(15);
        assertThat(pdf.text()).contains("Relationship with Ukraine", "Total −7", "Appendix 3. Colour scale of regional tension");
    }

    @Test
    void writesTheHtmlPageInRussian() throws Exception {
        Path file = data.resolve("issue-17.html");

        Run run = barometer("report", "--issue", "17", "--format", "html", "--lang", "ru", "--out", file.toString());

        assertThat(run.status()).isZero();
        Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(page.select("html").attr("lang")).isEqualTo("ru");
        assertThat(page.select("h2").eachText()).contains("Основные показатели", "Отношения с Россией");
        assertThat(page.select("svg[role=img]")).as("the balance of each relationship; no dynamics with one issue").hasSize(5);
        assertThat(page.select("link[rel=stylesheet], script")).as("a page that stands on its own").isEmpty();
    }

    @Test
    void writesHtmlToStandardOutputWithoutAFile() {
        Run run = barometer("report", "--issue", "17", "--format", "html");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("<h1>MINSK BAROMETER: Monitoring of foreign policy and regional security</h1>");
    }

    @Test
    void refusesAnIssueThatIsNotInTheStore() {
        Run run = barometer("report", "--issue", "99", "--format", "pdf", "--out", data.resolve("x.pdf").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("barometer: there is no issue No. 99 in the store (it has: 17)\n");
        assertThat(data.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void refusesAPdfWithoutAFileToWriteItTo() {
        Run run = barometer("report", "--issue", "17", "--format", "pdf");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("barometer: a PDF needs a file to go to: add --out FILE\n");
    }

    @Test
    void refusesALanguageItDoesNotSpeakAsAMistypedCommandLine() {
        Run run = barometer("report", "--issue", "17", "--format", "html", "--lang", "de");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--lang");
    }
}
