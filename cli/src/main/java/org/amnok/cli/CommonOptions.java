package org.amnok.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every command takes ({@code --config}, {@code --threads}, {@code --strict}, {@code --progress}),
 * and the one place where they become {@link Settings}: options given on the command line win over the config
 * file, which wins over the defaults. Every problem is a usage error naming the option or config key and the fix.
 *
 * <p>A picocli mixin: one instance per command invocation, not shared.
 */
final class CommonOptions {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KEYS = List.of("threads", "strict", "progress");

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--config", paramLabel = "FILE", order = 100,
            description = "JSON settings file, e.g. {\"threads\": 2, \"strict\": true, \"progress\": \"never\"};"
                    + " options on the command line win.")
    private Path config;

    @Option(names = "--threads", paramLabel = "N", order = 101,
            description = "Worker threads (default: the number of cores).")
    private Integer threads;

    @Option(names = "--strict", order = 102, description = "Exit with 1 when any diagnostic is reported.")
    private Boolean strict;

    @Option(names = "--progress", paramLabel = "WHEN", order = 103,
            description = "Progress bar on stderr: auto, always or never (default: auto, which draws it when"
                    + " stderr is a terminal and there are over " + ExtractCommand.PROGRESS_MIN + " documents).")
    private Settings.Progress progress;

    /**
     * The validated settings.
     *
     * @throws ParameterException for a bad option or config file (exit 2)
     */
    Settings settings() {
        JsonNode file = config == null ? JSON.createObjectNode() : readConfig(config);
        int n = Optional.ofNullable(threads).orElseGet(() -> configThreads(file));
        if (n < 1 || n > Settings.MAX_THREADS) {
            throw usage("--threads " + n + " is out of range; give 1 to " + Settings.MAX_THREADS);
        }
        boolean s = Optional.ofNullable(strict).orElseGet(() -> configStrict(file));
        Settings.Progress p = Optional.ofNullable(progress).orElseGet(() -> configProgress(file));
        return new Settings(n, s, p);
    }

    private JsonNode readConfig(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw usage("config " + file + " is not JSON (" + e.getOriginalMessage() + "); write one object such"
                    + " as {\"threads\": 2}");
        } catch (IOException e) {
            throw usage("cannot read config " + file + " (" + e.getMessage() + "); check the path");
        }
        if (root == null || !root.isObject()) {
            throw usage("config " + file + " is not a JSON object; write one object such as {\"threads\": 2}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            String key = it.next().getKey();
            if (!KEYS.contains(key)) {
                throw usage("config " + file + ": unknown key \"" + key + "\"; the keys are "
                        + String.join(", ", KEYS));
            }
        }
        return root;
    }

    private int configThreads(JsonNode file) {
        JsonNode v = file.get("threads");
        if (v == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw usage("config " + config + ": \"threads\" is " + v + "; give a whole number from 1 to "
                    + Settings.MAX_THREADS);
        }
        return v.intValue();
    }

    private boolean configStrict(JsonNode file) {
        JsonNode v = file.get("strict");
        if (v != null && !v.isBoolean()) {
            throw usage("config " + config + ": \"strict\" is " + v + "; give true or false");
        }
        return v != null && v.booleanValue();
    }

    private Settings.Progress configProgress(JsonNode file) {
        JsonNode v = file.get("progress");
        if (v == null) {
            return Settings.Progress.AUTO;
        }
        try {
            return Settings.Progress.valueOf(v.asText("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("config " + config + ": \"progress\" is " + v + "; give \"auto\", \"always\" or \"never\"");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
