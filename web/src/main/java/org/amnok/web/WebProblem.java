package org.amnok.web;

/**
 * A request the app refuses, with the HTTP status, a stable machine code and a message naming the culprit and the
 * fix. Thrown by handlers; {@link Errors} turns it into the response, JSON under {@code /api} and a page elsewhere.
 */
final class WebProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    WebProblem(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static WebProblem badRequest(String code, String message) {
        return new WebProblem(400, code, message);
    }

    static WebProblem notFound(String what) {
        return new WebProblem(404, "not_found", what + " does not exist; check the id or link");
    }

    static WebProblem unauthenticated() {
        return new WebProblem(401, "unauthenticated", "log in, or send an API token as 'Authorization: Bearer ...'");
    }

    static WebProblem forbidden(Role needed) {
        return new WebProblem(403, "forbidden", "this needs the " + needed.column()
                + " role; ask an admin to grant it");
    }

    static WebProblem csrf() {
        return new WebProblem(403, "csrf", "the CSRF token is missing or wrong; reload the page and submit again"
                + " (scripts send the session's token as X-CSRF-Token, or use an API token)");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
