package org.greenborder.academy.perf;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The run's parameters, as {@code -Dperf.*} system properties (the Gatling Maven plugin hands Maven's on to the
 * simulation's JVM). Defaults are a smoke run; perf/README.md lists the settings of the full run.
 */
record PerfSettings(String baseUrl, int users, Duration ramp, Duration hold, Duration thinkMin, Duration thinkMax,
                    int actionsMin, int actionsMax, double searchPercent, double certificatePercent,
                    String userPrefix, int accounts, String password, List<String> holders, String holderPassword,
                    Duration loginRamp, Duration startWindow, boolean push, List<String> scenarios) {

    static PerfSettings fromSystemProperties() {
        int users = integer("perf.users", 20);
        return new PerfSettings(
                text("perf.baseUrl", "http://localhost:8099"),
                users,
                seconds("perf.ramp", 20),
                seconds("perf.hold", 60),
                Duration.ofMillis(Math.round(decimal("perf.thinkMin", 5) * 1000)),
                Duration.ofMillis(Math.round(decimal("perf.thinkMax", 10) * 1000)),
                integer("perf.actionsMin", 10),
                integer("perf.actionsMax", 20),
                decimal("perf.searchPercent", 15),
                decimal("perf.certificatePercent", 5),
                text("perf.userPrefix", "perf-trainee-"),
                integer("perf.accounts", defaultAccounts(users)),
                text("perf.password", "perf-trainee-pw"),
                Arrays.stream(text("perf.holders", "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                text("perf.holderPassword", "perf-trainee-pw"),
                seconds("perf.loginRamp", 60),
                seconds("perf.startWindow", 3),
                Boolean.parseBoolean(text("perf.push", "true")),
                Arrays.stream(text("perf.scenarios", "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** Concurrent users plus spares (see {@link AccountPool}); the run script creates as many. */
    static int defaultAccounts(int users) {
        return users + Math.max(10, users / 10);
    }

    /** Account names as the run script creates them: perf-trainee-0001 … */
    String account(int number) {
        return userPrefix + String.format("%04d", number);
    }

    private static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static int integer(String name, int fallback) {
        return Integer.parseInt(text(name, Integer.toString(fallback)));
    }

    private static double decimal(String name, double fallback) {
        return Double.parseDouble(text(name, Double.toString(fallback)));
    }

    private static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(integer(name, fallback));
    }

    @Override
    public String toString() {
        return "baseUrl=" + baseUrl + " users=" + users + " ramp=" + ramp.toSeconds() + "s hold=" + hold.toSeconds()
                + "s think=" + thinkMin.toMillis() / 1000.0 + "-" + thinkMax.toMillis() / 1000.0 + "s actions=" + actionsMin
                + "-" + actionsMax + " search=" + searchPercent + "% certificates=" + certificatePercent + "% accounts="
                + accounts + " holders=" + holders.size() + " push=" + push + (scenarios.isEmpty() ? "" : " scenarios=" + scenarios);
    }
}
