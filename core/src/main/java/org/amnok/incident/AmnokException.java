package org.amnok.incident;

/**
 * Root of the core module's unchecked exceptions: programmer errors and broken infrastructure (a model or
 * resource missing from the class path). Bad input is never an exception; it is a {@link Diagnostic}.
 */
public class AmnokException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AmnokException(String message) {
        super(message);
    }

    public AmnokException(String message, Throwable cause) {
        super(message, cause);
    }
}
