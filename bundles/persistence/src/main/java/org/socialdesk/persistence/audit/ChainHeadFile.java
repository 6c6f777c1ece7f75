package org.socialdesk.persistence.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newest chain head recorded outside the database, so that entries cut off the end of the chain are noticed:
 * the database alone cannot tell a deleted newest entry from one that never existed. One line,
 * {@code <sequence> <hash>}, replaced atomically so a crash leaves the old or the new head, never half of one.
 */
public final class ChainHeadFile {

    private static final Pattern LINE = Pattern.compile("(\\d+) ([0-9a-f]{64})\\s*");

    private final Path file;

    public ChainHeadFile(Path file) {
        this.file = file;
    }

    /** {@code data/audit/chain-head} under Karaf's data folder. */
    public static ChainHeadFile inKarafData() {
        String data = System.getProperty("karaf.data");
        if (data == null) {
            throw new IllegalStateException("karaf.data is not set: not running in Karaf?");
        }
        return new ChainHeadFile(Path.of(data, "audit", "chain-head"));
    }

    public Path location() {
        return file;
    }

    /** The recorded head, or empty when none was ever recorded. */
    public Optional<ChainHead> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Matcher line = LINE.matcher(Files.readString(file, StandardCharsets.US_ASCII));
            if (!line.matches()) {
                throw new IllegalStateException("the audit chain head file " + file + " is damaged");
            }
            return Optional.of(new ChainHead(Long.parseLong(line.group(1)), line.group(2)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit chain head file " + file, e);
        }
    }

    void write(ChainHead head) throws IOException {
        Files.createDirectories(file.getParent());
        Path next = file.resolveSibling(file.getFileName() + ".next");
        byte[] line = (head.sequence() + " " + head.hash() + "\n").getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(line));
            channel.force(true);
        }
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
