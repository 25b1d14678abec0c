package io.recoverydesk.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a placement file of any size without starting the application:
 * {@code java -cp target/recovery-desk.jar -Dloader.main=io.recoverydesk.demo.GeneratorCli
 * org.springframework.boot.loader.launch.PropertiesLauncher --accounts 1000000 --out placement.csv}.
 */
public final class GeneratorCli {

    private GeneratorCli() {
    }

    public static void main(String[] args) throws IOException {
        int accounts = 1000;
        Path out = Path.of("placement.csv");
        long seed = 42;
        LocalDate asOf = LocalDate.now();
        String prefix = "B";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--accounts" -> accounts = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--as-of" -> asOf = LocalDate.parse(args[i + 1]);
                case "--prefix" -> prefix = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            new PortfolioGenerator(seed, asOf).writeCsv(writer, accounts, prefix);
        }
        System.out.println("Wrote " + accounts + " accounts to " + out.toAbsolutePath());
    }

}
