package org.amnok.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amnok.cli.CaseEngine.AtRiskCase;
import org.amnok.store.IncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code amnok at-risk}: people whose latest reported state is arrested, detained or facing return, with no later
 * report of repatriation, release or escape; one line a case, most recent report first.
 */
@Command(name = "at-risk",
        description = "List people last reported arrested, detained or facing return, with no later word of"
                + " their fate, most recent report first.")
final class AtRiskCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DbOption db;

    @Override
    public Integer call() {
        List<AtRiskCase> list;
        try (IncidentStore store = db.open()) {
            list = Cases.atRisk(store, CaseEngine.current());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-11s %-14s %-9s %-22s %-20s %-28s %s%n", "last report", "state", "people",
                "place", "facility", "sources", "case");
        for (AtRiskCase a : list) {
            out.printf(Locale.ROOT, "%-11s %-14s %-9s %-22s %-20s %-28s %s%n", a.lastReport() == null ? "?"
                            : a.lastReport(), a.state(), people(a), dash(a.place()), dash(a.facility()),
                    a.outlets().isEmpty() ? "-" : String.join("; ", a.outlets()), a.of().id());
        }
        out.printf(Locale.ROOT, "%d at risk%n", list.size());
        out.flush();
        return 0;
    }

    private static String people(AtRiskCase a) {
        if (a.min() == null) {
            return "?";
        }
        if (a.max() == null) {
            return a.min() + "+";
        }
        return a.min().equals(a.max()) ? a.min().toString() : a.min() + "-" + a.max();
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
