package org.amnok.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Access control, CSRF, cookies, login limits and inert injection, walked over every route of a real server. */
class SecurityTest {
    /** The only routes open to anyone in the analysts' app. */
    private static final Set<String> OPEN = Set.of("GET /login", "POST /login", "GET /api/v1/openapi.json");
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(false, false);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    /** Every route but the open ones, path parameters filled in with ids that exist. */
    static Stream<Arguments> guardedRoutes() throws IOException {
        try (TestServer probe = TestServer.start(false, false)) {
            return probe.server.routes().stream().filter(r -> !OPEN.contains(r.method() + " " + r.path()))
                    .map(r -> Arguments.of(r.method(), concrete(r.path()), r.role())).toList().stream();
        }
    }

    private static String concrete(String path) {
        return path.replace("{id}", path.startsWith("/cases") || path.startsWith("/api/v1/cases")
                ? "case-fx-arrest%230" : path.contains("documents") ? "fx-arrest" : "fx-arrest%230")
                .replace("{name}", "viewer1");
    }

    private static HttpResponse<String> call(TestServer.Client c, String method, String path, String... headers)
            throws IOException, InterruptedException {
        return method.equals("GET") ? c.get(server.url(path), headers)
                : c.sendJson(method, server.url(path), "{}", headers);
    }

    @Test
    void everyRouteButLoginAndTheApiDocumentNeedsARole() {
        List<WebServer.Route> routes = server.server.routes();
        assertThat(routes).hasSizeGreaterThan(30);
        assertThat(routes).filteredOn(r -> r.role() == null).extracting(r -> r.method() + " " + r.path())
                .containsExactlyInAnyOrderElementsOf(OPEN);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("guardedRoutes")
    void refusesAnonymousCallers(String method, String path, Role role) throws Exception {
        HttpResponse<String> r = call(TestServer.anonymous(), method, path);
        if (path.startsWith("/api/")) {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("\"code\":\"unauthenticated\"");
        } else if (method.equals("GET")) {
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).startsWith("/login?next=");
        } else {
            assertThat(r.statusCode()).isEqualTo(401);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("guardedRoutes")
    void refusesEveryRoleBelowTheOneARouteNeeds(String method, String path, Role needed) throws Exception {
        for (Role r : Role.values()) {
            if (!r.allows(needed)) {
                HttpResponse<String> resp = call(TestServer.anonymous(), method, path, "Authorization",
                        "Bearer " + server.token(r));
                assertThat(resp.statusCode()).as(r + " on " + method + " " + path).isEqualTo(403);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("guardedRoutes")
    void refusesStateChangesFromASessionWithoutTheCsrfToken(String method, String path, Role needed)
            throws Exception {
        if (!STATE_CHANGING.contains(method)) {
            return;
        }
        TestServer.Client admin = server.login(Role.ADMIN);
        HttpResponse<String> none = call(admin, method, path);
        HttpResponse<String> wrong = call(admin, method, path, "X-CSRF-Token", "forged-" + admin.csrf());
        assertThat(none.statusCode()).as(none.body()).isEqualTo(403);
        assertThat(none.body()).contains("CSRF token");
        assertThat(wrong.statusCode()).isEqualTo(403);
    }

    @Test
    void acceptsTheSessionsCsrfTokenFromFormAndHeaderAndChangesNothingWithout() throws Exception {
        TestServer.Client editor = server.login(Role.EDITOR);
        HttpResponse<String> forged = editor.postForm(server.url("/incidents/fx-return%230/confirm"), Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(server.server.app().store().incident("fx-return#0").state().name()).isEqualTo("EXTRACTED");
        HttpResponse<String> form = editor.postForm(server.url("/incidents/fx-return%230/confirm"),
                Map.of("_csrf", editor.csrf()));
        assertThat(form.statusCode()).isEqualTo(302);
        HttpResponse<String> header = editor.sendJson("POST", server.url("/api/v1/incidents/fx-return%230/reject"),
                "", "X-CSRF-Token", editor.csrf());
        assertThat(header.statusCode()).isEqualTo(200);
        assertThat(server.server.app().store().incident("fx-return#0").state().name()).isEqualTo("REJECTED");
        editor.sendJson("POST", server.url("/api/v1/incidents/fx-return%230/confirm"), "", "X-CSRF-Token",
                editor.csrf());
    }

    @Test
    void readsTheCsrfTokenFromAMultipartUploadForm() throws Exception {
        TestServer.Client editor = server.login(Role.EDITOR);
        String boundary = "amnok-form-boundary";
        String file = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"note.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nA quiet day on the river; nothing was reported.\r\n";
        String csrf = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + editor.csrf()
                + "\r\n";
        HttpResponse<String> without = multipart(editor, boundary, file + "--" + boundary + "--\r\n");
        HttpResponse<String> with = multipart(editor, boundary, csrf + file + "--" + boundary + "--\r\n");
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(with.statusCode()).as(with.body()).isEqualTo(200);
        assertThat(with.body()).contains("id=\"import-result\"", "1 added");
    }

    private static HttpResponse<String> multipart(TestServer.Client c, String boundary, String body)
            throws Exception {
        return c.http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/import")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void setsTheSessionCookieHttpOnlyAndSameSiteStrict() throws Exception {
        TestServer.Client c = TestServer.anonymous();
        HttpResponse<String> form = c.get(server.url("/login"));
        String nonce = form.body().replaceAll("(?s).*name=\"_login\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> r = c.postForm(server.url("/login"), Map.of("name", "viewer1", "password",
                TestServer.PASSWORD, "_login", nonce, "next", "//evil.example/steal"));
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("amnok_session="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Strict");
        assertThat(r.headers().firstValue("Location")).contains("/");
        assertThat(form.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    }

    @Test
    void makesTheFirstAdminChooseAPasswordBeforeAnythingElse() throws Exception {
        String given = server.server.firstRunPassword().orElseThrow();
        TestServer.Client admin = server.login(WebServer.FIRST_ADMIN, given);
        assertThat(admin.get(server.url("/cases")).headers().firstValue("Location")).contains("/account");
        HttpResponse<String> api = admin.get(server.url("/api/v1/users"));
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("password_change_required");
        assertThat(admin.postForm(server.url("/account/tokens"), Map.of("_csrf", admin.csrf())).statusCode())
                .isEqualTo(302);
        HttpResponse<String> weak = admin.postForm(server.url("/account/password"), Map.of("_csrf", admin.csrf(),
                "current", given, "password", "short"));
        assertThat(weak.statusCode()).isEqualTo(400);
        HttpResponse<String> changed = admin.postForm(server.url("/account/password"), Map.of("_csrf",
                admin.csrf(), "current", given, "password", "my own chosen passphrase"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(admin.get(server.url("/api/v1/users")).statusCode()).isEqualTo(200);
        assertThat(server.server.app().accounts().findByPassword(WebServer.FIRST_ADMIN, given)).isEmpty();
    }

    @Test
    void refusesALoginFormPostedWithoutItsNonce() throws Exception {
        TestServer.Client c = TestServer.anonymous();
        HttpResponse<String> r = c.postForm(server.url("/login"), Map.of("name", "viewer1", "password",
                TestServer.PASSWORD));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().allValues("Set-Cookie")).noneMatch(v -> v.startsWith("amnok_session=") && v.length()
                > "amnok_session=; ".length() + 40);
    }

    @Test
    void locksANameOutAfterFiveFailedLoginsEvenWithTheRightPassword() throws Exception {
        server.server.app().accounts().createUser("target1", Role.VIEWER, TestServer.PASSWORD);
        TestServer.Client c = TestServer.anonymous();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(login(c, "target1", "wrong password " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = login(c, "target1", TestServer.PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    }

    private static HttpResponse<String> login(TestServer.Client c, String name, String password) throws Exception {
        String body = c.get(server.url("/login")).body();
        String nonce = body.replaceAll("(?s).*name=\"_login\" value=\"([^\"]+)\".*", "$1");
        return c.postForm(server.url("/login"), Map.of("name", name, "password", password, "_login", nonce));
    }

    static Stream<Arguments> injections() {
        List<String> fields = List.of("place", "admin1", "country", "facility");
        List<String> payloads = List.of("<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>",
                "'; DROP TABLE incidents; --", "Robert'); DELETE FROM web_users WHERE ('1'='1");
        return fields.stream().flatMap(f -> payloads.stream().map(p -> Arguments.of(f, p)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("injections")
    void storesInjectionStringsVerbatimAndShowsThemInert(String field, String payload) throws Exception {
        String editor = "Bearer " + server.token(Role.EDITOR);
        TestServer.Client c = TestServer.anonymous();
        HttpResponse<String> edit = c.sendJson("PUT", server.url("/api/v1/incidents/fx-arrest%230"),
                Json.write(Map.of(field, payload)), "Authorization", editor);
        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
        JsonNode stored = Json.MAPPER.readTree(edit.body()).get("location").get(field);
        assertThat(stored.asText()).isEqualTo(payload);
        String page = server.login(Role.VIEWER).get(server.url("/incidents/fx-arrest%230")).body();
        assertThat(page).doesNotContain(payload).contains(Html.esc(payload).substring(0, 10));
        HttpResponse<String> filtered = c.get(server.url("/api/v1/incidents?place=" + Views.seg(payload) + "&q="
                + Views.seg(payload) + "&source=" + Views.seg(payload)), "Authorization", editor);
        assertThat(filtered.statusCode()).isEqualTo(200);
        assertThat(server.server.app().store().counts().incidents()).isEqualTo(4);
        assertThat(server.server.app().accounts().countUsers()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void showsInjectionInReportTitleSourceUrlAndTextInert() throws Exception {
        String script = "<script>alert('doc')</script>";
        String text = "Dandong, May 1. " + script + " Police detained two defectors at the station on April 30.";
        try (TestServer other = TestServer.start(false, false)) {
            org.amnok.store.IncidentStore store = other.server.app().store();
            store.add(new org.amnok.incident.Document("evil-1", java.time.LocalDate.of(2020, 5, 1), "<b>Outlet</b>",
                    "javascript:alert(1)", "\"><img src=x onerror=alert(2)>", "en", text), List.of(Fixtures.incident(
                    text, "Police detained two defectors at the station on April 30.",
                    org.amnok.incident.IncidentType.ARREST, 2, new org.amnok.incident.Location("Dandong", null, "CN",
                    org.amnok.incident.Precision.CITY, "<i>station</i>", 40.1, 124.4), "2020-04-30")), "test");
            other.server.app().cases().invalidate();
            TestServer.Client viewer = other.login(Role.VIEWER);
            for (String path : List.of("/documents/evil-1", "/cases/case-evil-1%230", "/incidents/evil-1%230",
                    "/cases", "/incidents", "/at-risk", "/")) {
                String page = viewer.get(other.url(path)).body();
                assertThat(page).as(path).doesNotContain(script, "<img src=x", "<b>Outlet</b>", "<i>station</i>",
                        "href=\"javascript:");
            }
            assertThat(viewer.get(other.url("/documents/evil-1")).body())
                    .contains("&lt;script&gt;alert(&#39;doc&#39;)");
        }
    }

    @Test
    void showsInjectionInFiltersAndTokenLabelsInert() throws Exception {
        TestServer.Client viewer = server.login(Role.VIEWER);
        String payload = "\"><script>alert(1)</script>";
        String page = viewer.get(server.url("/cases?place=" + Views.seg(payload) + "&q=" + Views.seg(payload)))
                .body();
        assertThat(page).doesNotContain(payload).contains("&quot;&gt;&lt;script&gt;");
        String account = viewer.postForm(server.url("/account/tokens"), Map.of("_csrf", viewer.csrf(), "label",
                payload)).body();
        assertThat(account).contains("amk_").doesNotContain("<script>alert(1)");
    }
}
