package com.leadscoring.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The store on a local disk. A version is written into a temporary directory and renamed into place in one step, so a
 * reader never sees half a version; {@code latest} is replaced by an atomic move.
 */
public final class FileSystemModelStore extends BlobModelStore {

    private final Path root;

    public FileSystemModelStore(Path root) {
        this(root, Clock.systemUTC());
    }

    public FileSystemModelStore(Path root, Clock clock) {
        super(clock);
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String uri() {
        return root.toUri().toString();
    }

    @Override
    byte[] read(String version, String name) throws IOException {
        Path p = version == null ? root.resolve(name) : root.resolve(version).resolve(name);
        try {
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            if (!Files.isDirectory(root)) {
                throw new NoSuchFileException(root + " (no model store there)");
            }
            return null;
        }
    }

    @Override
    void writeVersion(String version, Map<String, byte[]> files, byte[] manifest)
            throws IOException, ModelStoreException {
        Files.createDirectories(root);
        Path target = root.resolve(version);
        if (Files.exists(target)) {
            throw new ModelStoreException(
                    uri() + ": version " + version + " exists already; versions are never overwritten");
        }
        Path tmp = Files.createTempDirectory(root, ".publishing-");
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(tmp.resolve(f.getKey()), f.getValue());
            }
            Files.write(tmp.resolve(Manifest.MANIFEST_FILE), manifest);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new ModelStoreException(
                    uri() + ": version " + version + " exists already; versions are never overwritten");
        } finally {
            deleteTree(tmp);
        }
    }

    @Override
    void writeLatest(String version) throws IOException {
        Path tmp = Files.createTempFile(root, ".latest-", ".tmp");
        Files.writeString(tmp, version + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(
                    tmp,
                    root.resolve(Manifest.LATEST_FILE),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, root.resolve(Manifest.LATEST_FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    List<String> versionNames() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root + " (no model store there)");
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .toList();
        }
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> {
                try {
                    Files.deleteIfExists(x);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover .publishing- directory is not a version and is never listed as one.
        }
    }
}
