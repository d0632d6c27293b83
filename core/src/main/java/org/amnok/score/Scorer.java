package org.amnok.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.amnok.incident.Incident;
import org.amnok.incident.IncidentType;
import org.amnok.incident.Span;

/**
 * The front door of scoring: predicted incidents against gold ones by the rules of
 * {@code shared/spec/incidents.md}, a faithful port of {@code shared/tools/score.py}.
 *
 * <p>A prediction and a gold incident are candidates when their types are equal and their evidence overlaps (the
 * gold's {@code also} spans count), or when both name a place and the gold a date and those agree. Candidates pair
 * greedily, best first: overlap outweighs any number of agreeing fields. Optional gold incidents may absorb a
 * prediction but are never counted. Stateless and thread-safe.
 */
public final class Scorer {
    private static final List<Field> FIELDS = List.of(Field.values());
    /** score.py sorts (score, gold index, prediction index) tuples in reverse: ties go to the later indices. */
    private static final Comparator<int[]> BEST_FIRST = Comparator.<int[]>comparingInt(c -> c[0])
            .thenComparingInt(c -> c[1]).thenComparingInt(c -> c[2]).reversed();

    private Scorer() {
    }

    /**
     * Scores {@code predicted} against {@code gold}, both keyed by document id. Documents only predicted are
     * ignored; gold documents with no prediction count every required incident as missed.
     *
     * @param gold incidents per document, in the gold file's order (it orders the log)
     * @param predicted incidents per document
     */
    public static Score score(Map<String, List<GoldIncident>> gold, Map<String, List<Incident>> predicted) {
        Totals totals = new Totals();
        gold.forEach((id, g) -> scoreDocument(id, g, predicted.getOrDefault(id, List.of()), totals));
        Set<String> missing = new TreeSet<>(gold.keySet());
        missing.removeAll(predicted.keySet());
        return totals.score(gold.size(), List.copyOf(missing));
    }

    private static void scoreDocument(String id, List<GoldIncident> gold, List<Incident> predicted, Totals totals) {
        Map<Integer, Integer> matchOfGold = match(gold, predicted);
        for (int i = 0; i < gold.size(); i++) {
            GoldIncident g = gold.get(i);
            Integer j = matchOfGold.get(i);
            if (!g.optional()) {
                if (j == null) {
                    totals.missed(id, g);
                } else {
                    totals.matched(id, g, predicted.get(j));
                }
            }
        }
        Set<Integer> matched = Set.copyOf(matchOfGold.values());
        for (int j = 0; j < predicted.size(); j++) {
            if (!matched.contains(j)) {
                totals.spurious(id, predicted.get(j));
            }
        }
    }

    /** Gold index to prediction index, for score.py's greedy pairing. */
    static Map<Integer, Integer> match(List<GoldIncident> gold, List<Incident> predicted) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < predicted.size(); j++) {
                OptionalInt score = candidateScore(gold.get(i), predicted.get(j));
                if (score.isPresent()) {
                    candidates.add(new int[] {score.getAsInt(), i, j});
                }
            }
        }
        candidates.sort(BEST_FIRST);
        Map<Integer, Integer> out = new HashMap<>();
        Set<Integer> usedPredictions = new HashSet<>();
        for (int[] c : candidates) {
            if (!out.containsKey(c[1]) && !usedPredictions.contains(c[2])) {
                out.put(c[1], c[2]);
                usedPredictions.add(c[2]);
            }
        }
        return out;
    }

    /** How well a pair agrees (100 for overlapping evidence, plus 1 per agreeing field); empty if no candidate. */
    private static OptionalInt candidateScore(GoldIncident g, Incident p) {
        if (g.incident().type() != p.type()) {
            return OptionalInt.empty();
        }
        boolean overlaps = overlaps(g, p);
        if (!overlaps && !anchored(g, p)) {
            return OptionalInt.empty();
        }
        int agreeing = (int) FIELDS.stream().filter(f -> f.agree(g, p)).count();
        return OptionalInt.of((overlaps ? 100 : 0) + agreeing);
    }

    private static boolean overlaps(GoldIncident g, Incident p) {
        Span predicted = p.evidence().span();
        return g.evidenceSpans().stream().anyMatch(predicted::overlaps);
    }

    /** Both name a place, the gold a date, and both agree: a match even when the evidence is elsewhere. */
    private static boolean anchored(GoldIncident g, Incident p) {
        return Field.PLACE.value(g) != null && Field.PLACE.value(p) != null && Field.DATE.value(g) != null
                && Field.PLACE.agree(g, p) && Field.DATE.agree(g, p);
    }

    /** Running counts of one scoring call; confined to that call's thread. */
    private static final class Totals {
        private Tally core = new Tally(0, 0, 0, 0);
        private Tally measure = new Tally(0, 0, 0, 0);
        private final FieldAccuracy[] fields = FIELDS.stream().map(f -> new FieldAccuracy(f.json(), 0, 0))
                .toArray(FieldAccuracy[]::new);
        private final List<String> log = new ArrayList<>();

        void matched(String id, GoldIncident g, Incident p) {
            boolean strict = FIELDS.stream().filter(Field::strict).allMatch(f -> f.agree(g, p));
            add(g.incident().type(), new Tally(1, 0, 0, strict ? 1 : 0));
            for (Field f : FIELDS) {
                if (f.filled(g, p)) {
                    boolean agree = f.agree(g, p);
                    fields[f.ordinal()] = fields[f.ordinal()].plus(agree);
                    if (!agree) {
                        log.add(id + "  " + g.incident().type() + " " + f.json() + ": gold " + PyText.repr(f.value(g))
                                + ", got " + PyText.repr(f.value(p)) + "  | " + evidence(g.incident()));
                    }
                }
            }
        }

        void missed(String id, GoldIncident g) {
            add(g.incident().type(), new Tally(0, 0, 1, 0));
            log.add(id + "  MISSED " + summary(g.incident(), Field.PLACE.value(g)));
        }

        void spurious(String id, Incident p) {
            add(p.type(), new Tally(0, 1, 0, 0));
            log.add(id + "  SPURIOUS " + summary(p, Field.PLACE.value(p)));
        }

        Score score(int docs, List<String> missingDocs) {
            return new Score(core, measure, Arrays.asList(fields), docs, missingDocs, log);
        }

        private void add(IncidentType type, Tally t) {
            if (type == IncidentType.MEASURE) {
                measure = measure.plus(t);
            } else {
                core = core.plus(t);
            }
        }

        private static String summary(Incident i, Object place) {
            return i.type() + " " + i.status() + " n=" + PyText.str(i.people().min()) + " " + PyText.str(place) + " "
                    + PyText.str(i.date().value()) + " | " + evidence(i);
        }

        private static String evidence(Incident i) {
            return PyText.head(i.evidence().text(), 80);
        }
    }
}
