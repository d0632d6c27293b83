package org.amnok.extract;

import java.util.List;
import org.amnok.gazetteer.PlaceMention;
import org.amnok.incident.Span;
import org.amnok.people.PeopleMention;
import org.amnok.text.Sentence;
import org.amnok.time.TimeKind;
import org.amnok.time.TimeMention;

/**
 * One sentence with everything found in it: triggers, people, places and times, each mention located by
 * token index so rules can measure distances in words. {@code published} is the report's date, or null.
 */
record Reading(Sentence sentence, List<Trigger> triggers, List<PeopleMention> people,
               List<PlaceMention> places, List<TimeMention> times, java.time.LocalDate published) {

    Reading {
        triggers = List.copyOf(triggers);
        people = List.copyOf(people);
        places = List.copyOf(places);
        times = List.copyOf(times);
    }

    /** Times of events: the dates of statements ("said on Tuesday") left out. */
    List<TimeMention> eventTimes() {
        return times.stream().filter(t -> t.kind() != TimeKind.SPEECH).toList();
    }

    /** The sentence's text at document offsets {@code span}, which must lie inside the sentence. */
    String text(Span span) {
        return span.shift(-sentence.offset()).slice(sentence.text());
    }

    Tokens tokens() {
        return new Tokens(sentence.tokens());
    }

    /** Index of the first token that overlaps {@code span}, or the token count when none does. */
    int tokenAt(Span span) {
        List<org.amnok.text.Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().end() > span.start()) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Index after the last token that overlaps {@code span}. */
    int tokenEnd(Span span) {
        List<org.amnok.text.Token> tokens = sentence.tokens();
        int end = tokenAt(span);
        while (end < tokens.size() && tokens.get(end).span().start() < span.end()) {
            end++;
        }
        return end;
    }
}
