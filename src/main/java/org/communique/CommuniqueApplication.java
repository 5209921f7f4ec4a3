package org.communique;

import java.time.Clock;
import java.util.Arrays;

import org.communique.importer.ExtractCommand;
import org.communique.importer.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Communique, a web archive of diplomatic statements. {@code extract FILE...} runs the extractor alone,
 * without Spring; {@code import [DIR]} imports a folder without the web server; anything else starts the
 * archive.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CommuniqueApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("extract")) {
            System.exit(ExtractCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(CommuniqueApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** One thread for imports: runs are one at a time anyway, and the site goes on serving meanwhile. */
    @Bean
    TaskExecutor importExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("import-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }
}
