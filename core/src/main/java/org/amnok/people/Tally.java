package org.amnok.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.amnok.incident.People;
import org.amnok.people.Lexicon.Sex;

/** Builds and adds up {@link People}, by the rule that sex and minors are only filled when stated. Stateless. */
final class Tally {
    /** Most ages repeated for one age word: "two 13-year-olds" is [13, 13]; beyond this the age is listed once. */
    private static final int MAX_REPEATED_AGES = 20;

    private Tally() {
    }

    /**
     * People with bounds {@code min}/{@code max}; sex and minor nouns count only when the count is one number.
     *
     * @param ages stated exact ages; when any, minors are those under 18 (null when none is)
     */
    static People of(Integer min, Integer max, boolean approx, Sex sex, boolean minorNoun, List<Integer> ages) {
        Integer point = min != null && min.equals(max) ? min : null;
        Integer female = sex == Sex.FEMALE ? point : null;
        Integer male = sex == Sex.MALE ? point : null;
        Integer minors = ages.isEmpty() ? minorNoun ? point : null : under18(ages);
        return new People(min, max, approx, female, male, minors, ages);
    }

    /** The ages one age word gives {@code count} people: repeated for each when the count is small and exact. */
    static List<Integer> repeat(int age, Integer count) {
        int times = count != null && count > 0 && count <= MAX_REPEATED_AGES ? count : 1;
        return Collections.nCopies(times, age);
    }

    private static Integer under18(List<Integer> ages) {
        long minors = ages.stream().filter(age -> age < 18).count();
        return minors == 0 ? null : (int) minors;
    }

    /** The conjoined groups as one: bounds add up when all are known; sex, minors and ages add up where stated. */
    static People sum(List<People> parts) {
        List<Integer> ages = new ArrayList<>();
        boolean approx = false;
        for (People p : parts) {
            ages.addAll(p.ages());
            approx |= p.approx();
        }
        return new People(total(parts, People::min), total(parts, People::max), approx,
                stated(parts, People::female), stated(parts, People::male), stated(parts, People::minors), ages);
    }

    /** {@code whole} with what the included part adds: "Seven defectors, including a nine-year-old". */
    static People include(People whole, People part) {
        List<Integer> ages = new ArrayList<>(whole.ages());
        ages.addAll(part.ages());
        return new People(whole.min(), whole.max(), whole.approx(), first(whole.female(), part.female()),
                first(whole.male(), part.male()), first(whole.minors(), part.minors()), ages);
    }

    /** {@code person} with the sex a possessive pronoun gives it ("the broker and her husband"). */
    static People withSex(People person, Sex sex) {
        if (person.female() != null || person.male() != null) {
            return person;
        }
        Integer one = sex == Sex.FEMALE ? 1 : null;
        Integer other = sex == Sex.MALE ? 1 : null;
        return new People(person.min(), person.max(), person.approx(), one, other, person.minors(), person.ages());
    }

    private static Integer total(List<People> parts, Function<People, Integer> field) {
        int sum = 0;
        for (People p : parts) {
            Integer v = field.apply(p);
            if (v == null) {
                return null;
            }
            sum += v;
        }
        return sum;
    }

    private static Integer stated(List<People> parts, Function<People, Integer> field) {
        Integer sum = null;
        for (People p : parts) {
            Integer v = field.apply(p);
            if (v != null) {
                sum = sum == null ? v : sum + v;
            }
        }
        return sum;
    }

    private static Integer first(Integer a, Integer b) {
        return a != null ? a : b;
    }
}
