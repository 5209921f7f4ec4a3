package org.communique.importer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * At start-up, offers the bundled registry of officials to the archive and, unless {@code archive.import-on-start=false}, imports
 * new and changed files of the import folder in the background while the site serves. When a run of an
 * instance that died still holds the lock, waits for its lease to run out and tries again.
 */
@Component
class StartupImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupImport.class);
    private static final int ATTEMPTS = 4;

    private final Importer importer;
    private final RegistryStore registry;
    private final ImporterProperties properties;
    private final TaskExecutor importExecutor;

    StartupImport(Importer importer, RegistryStore registry, ImporterProperties properties, TaskExecutor importExecutor) {
        this.importer = importer;
        this.registry = registry;
        this.properties = properties;
        this.importExecutor = importExecutor;
    }

    @Override
    public void run(ApplicationArguments args) {
        registry.synchronizeWithBundle();
        if (!properties.importOnStart()) {
            return;
        }
        importExecutor.execute(() -> {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                try {
                    ImportRun run = importer.importFolder(properties.importDir(), ImportRun.Trigger.STARTUP, "start-up");
                    log.info("Start-up import of {}: {} files, {}", properties.importDir(), run.getFilesTotal(),
                            run.getStatus());
                    return;
                } catch (ImportAlreadyRunning e) {
                    log.info("Start-up import waits: {}", e.getMessage());
                    sleep(ImportLock.LEASE.toMillis() + 1000);
                }
            }
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
