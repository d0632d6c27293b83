package org.amnok.web;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashing with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane), salted per password.
 * Stateless and thread-safe.
 */
final class Passwords {
    /** Shortest password accepted, in characters. */
    static final int MIN_LENGTH = 12;
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    /** Checked against when the user does not exist, so a login takes as long whether the name is known or not. */
    private static final String DUMMY = hash("no user has this password, it only spends time");

    private Passwords() {
    }

    /** The encoded hash ({@code $argon2id$...}) of {@code password}, with a fresh random salt. */
    static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    /** True when {@code password} hashes to {@code encoded}; {@code encoded} null checks a dummy and fails. */
    static boolean matches(String password, String encoded) {
        if (password == null) {
            return false;
        }
        if (encoded == null) {
            Password.check(password, DUMMY).with(ARGON2ID);
            return false;
        }
        return Password.check(password, encoded).with(Argon2Function.getInstanceFromHash(encoded));
    }

    /** Why {@code password} is too weak, or empty when it will do. */
    static java.util.Optional<String> findWeakness(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return java.util.Optional.of("a password needs at least " + MIN_LENGTH + " characters");
        }
        return java.util.Optional.empty();
    }
}
