package org.communique.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.communique.CommuniqueApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code import [DIR]} command: imports a folder (the configured import folder by default) into the
 * configured database without starting the web server, prints a line per file and exits; 1 when a file
 * failed, 2 when the import could not run at all.
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        Path folder = null;
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--archive.import-on-start")) {
                continue; // the command imports once, below; a second value would make the setting unreadable
            } else if (arg.startsWith("--")) {
                springArgs.add(arg);
            } else if (folder == null) {
                folder = Path.of(arg);
            }
        }
        springArgs.add("--archive.import-on-start=false");
        if (springArgs.stream().noneMatch(arg -> arg.startsWith("--logging.level.root"))) {
            springArgs.add(0, "--logging.level.root=WARN"); // the command's own lines are its output
        }
        springArgs.add("--spring.main.banner-mode=off");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CommuniqueApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(springArgs.toArray(String[]::new))) {
            Importer importer = context.getBean(Importer.class);
            Path dir = folder != null ? folder : context.getBean(ImporterProperties.class).importDir();
            ImportRun run;
            try {
                run = importer.importFolder(dir, ImportRun.Trigger.COMMAND, "command line");
            } catch (ImportAlreadyRunning e) {
                out.println(e.getMessage());
                return 2;
            }
            int failed = 0;
            for (ImportFileResult file : run.getFiles()) {
                out.printf("%-9s %s%s%n", file.getOutcome(), file.getPath(),
                        file.getMessage() == null ? "" : " — " + file.getMessage());
                if (file.getOutcome() == ImportFileResult.Outcome.FAILED) {
                    failed++;
                }
            }
            out.printf("%s: %d files in %s%s%n", run.getStatus(), run.getFilesTotal(), dir,
                    run.getMessage() == null ? "" : " — " + run.getMessage());
            out.flush();
            return run.getStatus() != ImportRun.Status.COMPLETED ? 2 : failed > 0 ? 1 : 0;
        }
    }
}
