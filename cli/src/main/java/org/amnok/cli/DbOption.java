package org.amnok.cli;

import org.amnok.store.IncidentStore;
import picocli.CommandLine.Option;

/** The {@code --db} option of every command that reads or writes the incident database. */
final class DbOption {
    @Option(names = "--db", paramLabel = "DB", defaultValue = IncidentStore.DEFAULT_DB,
            description = "SQLite file (created with its folders) or jdbc:postgresql: URL. Default: ${DEFAULT-VALUE}.")
    String db;

    /** Opens the database; the caller closes it. */
    IncidentStore open() {
        return IncidentStore.open(db);
    }
}
