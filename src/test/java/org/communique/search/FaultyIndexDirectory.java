package org.communique.search;

import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.LockFactory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryCreationContext;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryHolder;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryProvider;

/**
 * The tests' search index: in memory, like {@code local-heap}, but a test can make every write to it fail as a
 * full disk or a read-only folder would ({@link #failWrites}), and let it be written again.
 */
public class FaultyIndexDirectory implements DirectoryProvider {

    private static volatile boolean failing;

    /** From now on every file the index creates fails with an IOException (as on a full disk), or no longer. */
    public static void failWrites(boolean fail) {
        failing = fail;
    }

    @Override
    public DirectoryHolder createDirectoryHolder(DirectoryCreationContext context) {
        LockFactory locks = context.createConfiguredLockFactorySupplier().map(s -> s.get())
                .orElseGet(SingleInstanceLockFactory::new);
        return new DirectoryHolder() {
            private Directory directory;

            @Override
            public void start() {
                directory = new Faulty(new ByteBuffersDirectory(locks));
            }

            @Override
            public void close() throws IOException {
                directory.close();
            }

            @Override
            public Directory get() {
                return directory;
            }
        };
    }

    private static final class Faulty extends FilterDirectory {

        Faulty(Directory in) {
            super(in);
        }

        private static void check(String what) throws IOException {
            if (failing) {
                throw new IOException("No space left on device (a fault the test made): " + what);
            }
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            check(name);
            return super.createOutput(name, context);
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            check(prefix);
            return super.createTempOutput(prefix, suffix, context);
        }
    }
}
