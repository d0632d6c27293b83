package org.amnok.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.config.SizeUnit;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.amnok.store.IncidentStore;
import org.jdbi.v3.core.Jdbi;

/**
 * The front door of the web app: the analysts' pages, the REST API under {@code /api/v1} and the public view, on
 * 127.0.0.1 over the same database as the command line.
 *
 * <p>On a database with no users the first start creates {@code admin} with a random one-time password, returned by
 * {@link #firstRunPassword()} (the caller prints it): it only lets the admin choose a new one. Nothing has a default
 * password. In public mode only the
 * public view is served, to anyone, and no login exists.
 *
 * <p>Thread-safe. {@link #close()} stops the server and closes the database.
 */
public final class WebServer implements AutoCloseable {
    /** The only address the server listens on: loopback. */
    public static final String HOST = "127.0.0.1";
    /** The name of the admin created on first run. */
    public static final String FIRST_ADMIN = "admin";

    /**
     * How to serve.
     *
     * @param database a SQLite file path, a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL (as for the CLI)
     * @param port TCP port; 0 picks a free one
     * @param publicMode true to serve only the public view, to anyone
     * @param anonymousPublic true to open the public view to anyone alongside the analysts' app
     */
    public record Settings(String database, int port, boolean publicMode, boolean anonymousPublic) {
        public Settings {
            Objects.requireNonNull(database, "database");
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port " + port + " is out of range; pass 0 to 65535");
            }
        }
    }

    private final Javalin javalin;
    private final IncidentStore store;
    private final App app;
    private final String firstRunPassword;

    private WebServer(Javalin javalin, IncidentStore store, App app, String firstRunPassword) {
        this.javalin = javalin;
        this.store = store;
        this.app = app;
        this.firstRunPassword = firstRunPassword;
    }

    /**
     * Opens (creating and migrating) the database and starts serving.
     *
     * @throws org.amnok.store.StoreUnavailableException when the database cannot be opened
     * @throws org.amnok.incident.AmnokException when the port is taken
     */
    public static WebServer start(Settings settings) {
        IncidentStore store = IncidentStore.open(settings.database());
        try {
            Accounts accounts = new Accounts(Jdbi.create(Accounts.source(settings.database())), store.database());
            Jdbi jdbi = Jdbi.create(Accounts.source(settings.database()));
            CaseBook cases = new CaseBook(store, Clock.systemUTC());
            App app = new App(store, accounts, cases, new Listings(store, cases), new Review(store, cases),
                    new Importer(store, cases), new LoginThrottle(Clock.systemUTC()), new AuditLog(jdbi),
                    settings.anonymousPublic());
            String password = settings.publicMode() || accounts.countUsers() > 0 ? null : firstAdmin(app);
            Javalin javalin = listen(create(app, settings.publicMode()), settings.port());
            return new WebServer(javalin, store, app, password);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static Javalin listen(Javalin javalin, int port) {
        try {
            return javalin.start(HOST, port);
        } catch (io.javalin.util.JavalinBindException e) {
            throw new org.amnok.incident.AmnokException("port " + port + " on " + HOST + " is taken; stop what uses"
                    + " it or pass another port (0 picks a free one)", e);
        }
    }

    private static String firstAdmin(App app) {
        String password = Secrets.password(20);
        app.accounts().createUser(FIRST_ADMIN, Role.ADMIN, password);
        app.accounts().requireChange(FIRST_ADMIN);
        app.store().audit("amnok serve", "user:" + FIRST_ADMIN, null, "{\"name\":\"admin\",\"role\":\"admin\"}");
        return password;
    }

    private static Javalin create(App app, boolean publicMode) {
        Security security = new Security(app.accounts(), publicMode);
        Javalin javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/web/static";
                s.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.http.maxRequestSize = 64L * 1024 * 1024;
            config.jetty.multipartConfig.maxFileSize(64, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(64, SizeUnit.MB);
        });
        javalin.before(ctx -> security.headers(ctx));
        javalin.beforeMatched(security::before);
        Errors.register(javalin);
        new Api(app).register(javalin, publicMode);
        new PublicPages(app).register(javalin, publicMode || app.anonymousPublic());
        if (publicMode) {
            javalin.get("/", ctx -> ctx.redirect("/public"));
        } else {
            new AuthPages(app).register(javalin);
            new CasePages(app).register(javalin);
            new RecordPages(app).register(javalin);
        }
        return javalin;
    }

    /** The port the server listens on (the one picked when 0 was asked for). */
    public int port() {
        return javalin.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        return "http://" + HOST + ":" + port();
    }

    /** The one-time password of the {@value #FIRST_ADMIN} user, when this start created it. */
    public Optional<String> firstRunPassword() {
        return Optional.ofNullable(firstRunPassword);
    }

    /** Every HTTP route: method, path and the roles it needs (empty for open routes), for tests that walk them. */
    java.util.List<Route> routes() {
        return javalin.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream().map(e -> e.getEndpoint())
                .filter(e -> e.getMethod().isHttpMethod())
                .map(e -> new Route(e.getMethod().name(), e.getPath(), roles(e).stream().map(Role.class::cast)
                        .min(Enum::compareTo).orElse(null)))
                .toList();
    }

    private static java.util.Set<io.javalin.security.RouteRole> roles(io.javalin.router.Endpoint e) {
        io.javalin.security.Roles roles = e.metadata(io.javalin.security.Roles.class);
        return roles == null ? java.util.Set.of() : roles.getRoles();
    }

    /** A route: {@code role} is the least role it needs, or {@code null} when it is open. */
    record Route(String method, String path, Role role) {
    }

    /** The wiring, for tests in this package. */
    App app() {
        return app;
    }

    @Override
    public void close() {
        javalin.stop();
        store.close();
    }
}
