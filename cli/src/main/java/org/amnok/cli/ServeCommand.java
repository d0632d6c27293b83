package org.amnok.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.amnok.store.IncidentStore;
import org.amnok.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code amnok serve}: the analyst web app and REST API on 127.0.0.1 over the same database as the other commands.
 * Runs until the process is stopped (Ctrl-C), then closes the server and the database. On first run it prints the
 * one-time password of the {@code admin} user; nothing has a default password.
 */
@Command(name = "serve", sortOptions = false,
        description = "Serve the analyst web app and the REST API (/api/v1, described at /api/v1/openapi.json)"
                + " on 127.0.0.1.")
final class ServeCommand implements Callable<Main.Outcome> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "DB", defaultValue = IncidentStore.DEFAULT_DB,
            description = "SQLite file, jdbc:sqlite: or jdbc:postgresql: URL (default: ${DEFAULT-VALUE}).")
    private String db;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "TCP port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--public", description = "Serve only the public view (aggregates; no login, no report text).")
    private boolean publicMode;

    @Option(names = "--anonymous-public",
            description = "Also open the public view (/public) to visitors who are not logged in.")
    private boolean anonymousPublic;

    @Override
    public Main.Outcome call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port " + port + " is out of range; pass 0 to 65535"
                    + " (0 picks a free port)");
        }
        PrintWriter out = spec.commandLine().getOut();
        WebServer server = WebServer.start(new WebServer.Settings(db, port, publicMode, anonymousPublic));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "amnok-serve-shutdown"));
        out.println("amnok serve: " + (publicMode ? "public view" : "analyst app") + " at " + server.url()
                + " over " + db);
        server.firstRunPassword().ifPresent(pw -> out.println("First run: created user '" + WebServer.FIRST_ADMIN
                + "' with one-time password " + pw + " (shown once: log in with it to choose your own, then add"
                + " users under Users)."));
        out.flush();
        stopped.await();
        return Main.Outcome.OK;
    }
}
