package org.amnok.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amnok.store.IncidentStore;

/** A real server on port 0 over a temporary SQLite database filled with {@link Fixtures}; clients over real HTTP. */
final class TestServer implements AutoCloseable {
    static final String PASSWORD = "correct horse battery";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern LOGIN = Pattern.compile("name=\"_login\" value=\"([^\"]+)\"");

    final Path dir;
    final WebServer server;
    final List<String> ids;

    private TestServer(Path dir, WebServer server, List<String> ids) {
        this.dir = dir;
        this.server = server;
        this.ids = ids;
    }

    static TestServer start(boolean publicMode, boolean anonymousPublic) throws IOException {
        Path dir = Files.createTempDirectory("amnok-web-test");
        String db = dir.resolve("amnok.db").toString();
        List<String> ids;
        try (IncidentStore store = IncidentStore.open(db)) {
            ids = Fixtures.fill(store);
        }
        WebServer server = WebServer.start(new WebServer.Settings(db, 0, publicMode, anonymousPublic));
        TestServer t = new TestServer(dir, server, ids);
        if (!publicMode) {
            for (Role r : Role.values()) {
                server.app().accounts().createUser(r.column() + "1", r, PASSWORD);
            }
        }
        return t;
    }

    String url(String path) {
        return server.url() + path;
    }

    /** An API token of a user with {@code role}. */
    String token(Role role) {
        Principal p = server.app().accounts().findByPassword(role.column() + "1", PASSWORD).orElseThrow();
        return server.app().accounts().createToken(p, "test");
    }

    /** A browser-like client: cookies kept, no redirects followed. */
    static Client anonymous() {
        return new Client(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build(), null);
    }

    /** A client logged in through the login form as the user of {@code role}, with its session's CSRF token. */
    Client login(Role role) throws IOException, InterruptedException {
        return login(role.column() + "1", PASSWORD);
    }

    /** A client logged in through the login form as {@code name}, with its session's CSRF token. */
    Client login(String name, String password) throws IOException, InterruptedException {
        Client c = anonymous();
        HttpResponse<String> form = c.get(url("/login"));
        Matcher m = LOGIN.matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("no login nonce in " + form.body());
        }
        HttpResponse<String> r = c.postForm(url("/login"), Map.of("name", name, "password", password,
                "_login", m.group(1)));
        if (r.statusCode() != 302) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
        }
        HttpResponse<String> account = c.get(url("/account"));
        Matcher csrf = CSRF.matcher(account.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on /account");
        }
        return new Client(c.http, csrf.group(1));
    }

    @Override
    public void close() throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** An HTTP client; {@code csrf} is its session's token, or {@code null}. */
    record Client(HttpClient http, String csrf) {
        HttpResponse<String> get(String url, String... headers) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(url)).GET(), headers);
        }

        HttpResponse<String> postForm(String url, Map<String, String> form, String... headers)
                throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/x-www-form-urlencoded"), headers);
        }

        HttpResponse<String> sendJson(String method, String url, String json, String... headers)
                throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers
                    .ofString(json)).header("Content-Type", "application/json"), headers);
        }

        private HttpResponse<String> send(HttpRequest.Builder b, String... headers)
                throws IOException, InterruptedException {
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
