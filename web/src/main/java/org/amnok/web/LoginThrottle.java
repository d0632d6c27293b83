package org.amnok.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed logins: after {@link #MAX_FAILURES} failures for one user name, or {@link #MAX_ADDRESS_FAILURES}
 * from one client address, within {@link #WINDOW}, further attempts are refused until the oldest failure leaves the
 * window. The address limit is higher because the server sits on loopback, usually behind one proxy: every user
 * may share an address. Memory: one small queue per name and address that failed recently. Thread-safe.
 */
final class LoginThrottle {
    /** Failures allowed within the window. */
    static final int MAX_FAILURES = 5;
    /** Failures allowed from one address within the window, whatever the names tried. */
    static final int MAX_ADDRESS_FAILURES = 50;
    /** How long a failure counts. */
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long until {@code name} from {@code address} may try again; zero when it may try now. */
    Duration wait(String name, String address) {
        Instant now = clock.instant();
        Duration byName = wait(key("name", name), now, MAX_FAILURES);
        Duration byAddress = wait(key("addr", address), now, MAX_ADDRESS_FAILURES);
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    /** Counts a failed attempt. */
    void failed(String name, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {key("name", name), key("addr", address)}) {
            failures.compute(key, (k, q) -> {
                Deque<Instant> queue = q == null ? new ArrayDeque<>() : q;
                prune(queue, now);
                queue.addLast(now);
                return queue;
            });
        }
    }

    /** Forgets the failures of {@code name} after a successful login (the address keeps its record). */
    void succeeded(String name) {
        failures.remove(key("name", name));
    }

    private Duration wait(String key, Instant now, int limit) {
        Duration[] out = {Duration.ZERO};
        failures.computeIfPresent(key, (k, queue) -> {
            prune(queue, now);
            if (queue.size() >= limit) {
                out[0] = Duration.between(now, queue.peekFirst().plus(WINDOW));
            }
            return queue.isEmpty() ? null : queue;
        });
        return out[0];
    }

    private static void prune(Deque<Instant> queue, Instant now) {
        while (!queue.isEmpty() && !queue.peekFirst().plus(WINDOW).isAfter(now)) {
            queue.removeFirst();
        }
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value.strip().toLowerCase(Locale.ROOT));
    }
}
