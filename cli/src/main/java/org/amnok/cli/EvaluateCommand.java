package org.amnok.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.amnok.incident.Incident;
import org.amnok.jsonl.IncidentFile;
import org.amnok.jsonl.IncidentJson;
import org.amnok.score.GoldIncident;
import org.amnok.score.Score;
import org.amnok.score.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code amnok evaluate}: scores predictions against gold and prints what {@code shared/tools/score.py} prints. */
@Command(name = "evaluate", sortOptions = false,
        description = "Score predicted incidents against gold, exactly as shared/tools/score.py does.")
final class EvaluateCommand implements Callable<Main.Outcome> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "Gold incidents.")
    private Path gold;

    @Option(names = "--pred", required = true, paramLabel = "PRED.jsonl",
            description = "Predicted incidents (the output of extract).")
    private Path pred;

    @Option(names = "--verbose", description = "Also list every field disagreement, missed and spurious incident.")
    private boolean verbose;

    @Option(names = "--json", description = "Print the scores as one JSON object.")
    private boolean json;

    @Override
    public Main.Outcome call() {
        Settings settings = common.settings();
        IncidentFile<GoldIncident> g = IncidentJson.readGold(existing("--gold", gold));
        IncidentFile<Incident> p = IncidentJson.readIncidents(existing("--pred", pred));
        try (Reporter reporter = Reporter.plain(spec.commandLine().getErr())) {
            g.diagnostics().forEach(reporter::report);
            p.diagnostics().forEach(reporter::report);
            Score score = Scorer.score(g.documents(), p.documents());
            if (json) {
                spec.commandLine().getOut().println(score.json());
            } else {
                score.table(verbose).forEach(spec.commandLine().getOut()::println);
            }
            return settings.strict() && reporter.diagnostics() > 0 ? Main.Outcome.FAILED : Main.Outcome.OK;
        }
    }

    private Path existing(String option, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), option + " " + file + " is not a file; give the path"
                    + " of a JSONL file of {\"id\": ..., \"incidents\": [...]} lines");
        }
        return file;
    }
}
