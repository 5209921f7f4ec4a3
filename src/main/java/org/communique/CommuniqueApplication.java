package org.communique;

import java.util.Arrays;

import org.communique.importer.ExtractCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Communique, a web archive of diplomatic statements. {@code extract FILE...} runs the extractor alone,
 * without Spring; anything else starts the archive.
 */
@SpringBootApplication
public class CommuniqueApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("extract")) {
            System.exit(ExtractCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(CommuniqueApplication.class, args);
    }
}
