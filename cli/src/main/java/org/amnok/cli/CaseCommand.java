package org.amnok.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.amnok.cli.CaseEngine.MergedCase;
import org.amnok.store.AnalystDecision;
import org.amnok.store.DecisionKind;
import org.amnok.store.IncidentStore;
import org.amnok.store.StoredIncident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amnok case show|merge|split}: one case's merged view, members and the rule that joined each; and the
 * analyst's decisions that keep two incidents together or apart, stored so they survive re-ingest and
 * re-extraction. Ids are member ids ({@code DOC#INDEX}) or case ids ({@code case-DOC#INDEX}).
 */
@Command(name = "case",
        description = "Show a case, or merge or split incidents by an analyst's decision.",
        subcommands = {CaseCommand.Show.class, CaseCommand.Merge.class, CaseCommand.Split.class})
final class CaseCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "give a subcommand: show, merge or split");
    }

    /** The incident an id names: a member id as is, a case id as its first member. */
    static String member(CommandSpec spec, IncidentStore store, List<MergedCase> cases, String id) {
        if (store.findIncident(id).isPresent()) {
            return id;
        }
        return cases.stream().filter(c -> c.id().equals(id)).findFirst().map(c -> c.members().get(0).id())
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "no incident or case has id '" + id
                        + "'; use DOC#INDEX or case-DOC#INDEX as `amnok export --cases` shows them"));
    }

    /** The analyst option of merge and split. */
    static final class AnalystOption {
        @Option(names = "--analyst", paramLabel = "NAME", defaultValue = "${sys:user.name}",
                description = "Who decides (default: the login name).")
        String analyst;
    }

    /** {@code case show ID}. */
    @Command(name = "show", description = "Print a case: merged view, conflicts,"
            + " members with their evidence and the rule that joined each.")
    static final class Show implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private DbOption db;

        @Parameters(paramLabel = "ID", description = "A case id or the member id of one of its incidents.")
        private String id;

        @Override
        public Integer call() {
            MergedCase c;
            try (IncidentStore store = db.open()) {
                c = Cases.find(Cases.load(store, CaseEngine.current()), id).orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "no case holds '" + id + "'; a rejected incident is in no case"));
            }
            CaseText.print(c, spec.commandLine().getOut());
            return 0;
        }
    }

    /** {@code case merge A B}. */
    @Command(name = "merge", description = "Decide that two incidents (or cases)"
            + " tell one event.")
    static final class Merge implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private DbOption db;

        @Mixin
        private AnalystOption who;

        @Parameters(index = "0", paramLabel = "A")
        private String a;

        @Parameters(index = "1", paramLabel = "B")
        private String b;

        @Override
        public Integer call() {
            try (IncidentStore store = db.open()) {
                List<MergedCase> cases = Cases.load(store, CaseEngine.current());
                String x = member(spec, store, cases, a);
                String y = member(spec, store, cases, b);
                if (x.equals(y)) {
                    throw new ParameterException(spec.commandLine(), a + " and " + b + " are the same incident");
                }
                AnalystDecision d = store.decide(DecisionKind.MERGE, x, y, who.analyst);
                spec.commandLine().getOut().printf(Locale.ROOT, "decision %d: %s and %s tell one event (%s)%n",
                        d.id(), x, y, d.analyst());
            }
            return 0;
        }
    }

    /** {@code case split A}. */
    @Command(name = "split", description = "Decide that an incident is not the"
            + " event of the other members of its case.")
    static final class Split implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private DbOption db;

        @Mixin
        private AnalystOption who;

        @Parameters(paramLabel = "A", description = "The member id of the incident to take out of its case.")
        private String a;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (IncidentStore store = db.open()) {
                store.findIncident(a).orElseThrow(() -> new ParameterException(spec.commandLine(), "no incident"
                        + " has id '" + a + "'; split takes a member id, DOC#INDEX"));
                MergedCase c = Cases.find(Cases.load(store, CaseEngine.current()), a).orElseThrow();
                List<String> others = c.members().stream().map(StoredIncident::id).filter(m -> !m.equals(a))
                        .toList();
                for (String other : others) {
                    store.decide(DecisionKind.SPLIT, a, other, who.analyst);
                }
                out.printf(Locale.ROOT, others.isEmpty() ? "%s is alone in %s: nothing to split%n"
                        : "%s split from %s (%d decisions)%n", a, c.id(), others.size());
            }
            return 0;
        }
    }

    /** A case as text for a person. */
    static final class CaseText {
        private CaseText() {
        }

        static void print(MergedCase c, PrintWriter out) {
            StoredIncident first = c.members().get(0);
            out.printf(Locale.ROOT, "%s: %s, %d member(s), %d independent source(s)%n", c.id(),
                    first.incident().type(), c.members().size(), c.sources());
            out.printf(Locale.ROOT, "  status: %s%n", distinct(c, m -> m.incident().status()));
            out.printf(Locale.ROOT, "  people: %s%n", distinct(c, m -> people(m)));
            out.printf(Locale.ROOT, "  date:   %s%n", distinct(c, m -> m.incident().date().value()));
            out.printf(Locale.ROOT, "  place:  %s%n", distinct(c, m -> m.incident().location().place()));
            out.println(c.conflicts().isEmpty() ? "  conflicts: none" : "  conflicts:");
            c.conflicts().forEach(x -> out.println("    " + x));
            out.println("  members:");
            for (StoredIncident m : c.members()) {
                out.printf(Locale.ROOT, "    %s  %s, %s  [%s]%n", m.id(), m.source() == null ? "?" : m.source(),
                        m.published() == null ? "undated" : m.published(), m.state().name().toLowerCase(Locale.ROOT));
                out.printf(Locale.ROOT, "      \"%s\"%n", m.incident().evidence().text());
                out.printf(Locale.ROOT, "      joined: %s%n", c.joins().stream()
                        .filter(j -> j.member().equals(m.id()) || j.to().equals(m.id()))
                        .map(j -> "via " + (j.member().equals(m.id()) ? j.to() : j.member()) + ": " + j.rule())
                        .findFirst().orElse("alone"));
            }
            out.flush();
        }

        private static String people(StoredIncident m) {
            Integer min = m.incident().people().min();
            Integer max = m.incident().people().max();
            return min == null && max == null ? null : Objects.equals(min, max) ? String.valueOf(min)
                    : (min == null ? "?" : min) + "-" + (max == null ? "" : max);
        }

        /** Each distinct value with who says it: "13 (AFP), 15 (Yonhap)"; "-" when no member says. */
        private static String distinct(MergedCase c, java.util.function.Function<StoredIncident, Object> value) {
            String s = c.members().stream().filter(m -> value.apply(m) != null)
                    .collect(Collectors.groupingBy(m -> String.valueOf(value.apply(m)), java.util.TreeMap::new,
                            Collectors.mapping(m -> m.source() == null ? m.documentId() : m.source(),
                                    Collectors.joining(", "))))
                    .entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", "));
            return s.isEmpty() ? "-" : s;
        }
    }
}
