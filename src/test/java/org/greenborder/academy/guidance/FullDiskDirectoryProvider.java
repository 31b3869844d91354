package org.greenborder.academy.guidance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.LockFactory;
import org.apache.lucene.store.NativeFSLockFactory;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryCreationContext;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryHolder;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryProvider;

/**
 * The index on disk as in production (FSDirectory with native file locks under {@code directory.root}), except that
 * while {@link #FULL} is set every write fails as it does on a full disk: creating a file, and writing to a file
 * that is already open. Plugged in with
 * {@code hibernate.search.backend.directory.type=class:org.greenborder.academy.guidance.FullDiskDirectoryProvider}.
 */
public class FullDiskDirectoryProvider implements DirectoryProvider {

    private static final AtomicBoolean FULL = new AtomicBoolean();

    /** From now on every write to the index fails with "No space left on device". */
    public static void fill() {
        FULL.set(true);
    }

    public static void free() {
        FULL.set(false);
    }

    @Override
    public DirectoryHolder createDirectoryHolder(DirectoryCreationContext context) {
        Path root = Path.of(context.configurationPropertySource().get("root").map(String::valueOf).orElse("."));
        Path path = root.toAbsolutePath().resolve(context.indexName());
        LockFactory locks = context.createConfiguredLockFactorySupplier().map(supplier -> supplier.get())
                .orElse(NativeFSLockFactory.INSTANCE);
        return new DirectoryHolder() {
            private Directory directory;

            @Override
            public void start() throws IOException {
                Files.createDirectories(path);
                directory = new FullDiskDirectory(FSDirectory.open(path, locks));
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

    private static IOException noSpace() {
        return new IOException("No space left on device");
    }

    private static final class FullDiskDirectory extends FilterDirectory {

        FullDiskDirectory(Directory in) {
            super(in);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (FULL.get()) {
                throw noSpace();
            }
            return new FullDiskOutput(in.createOutput(name, context));
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            if (FULL.get()) {
                throw noSpace();
            }
            return new FullDiskOutput(in.createTempOutput(prefix, suffix, context));
        }
    }

    /** An open file whose next write fails once the disk is full. */
    private static final class FullDiskOutput extends IndexOutput {

        private final IndexOutput in;

        FullDiskOutput(IndexOutput in) {
            super("full-disk(" + in + ")", in.getName());
            this.in = in;
        }

        @Override
        public void writeByte(byte b) throws IOException {
            if (FULL.get()) {
                throw noSpace();
            }
            in.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            if (FULL.get()) {
                throw noSpace();
            }
            in.writeBytes(b, offset, length);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        @Override
        public long getFilePointer() {
            return in.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
            return in.getChecksum();
        }
    }
}
