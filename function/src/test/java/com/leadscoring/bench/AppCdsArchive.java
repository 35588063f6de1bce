package com.leadscoring.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.leadscoring.io.InProcessS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds {@code function/target/function.jsa}, the AppCDS archive of the local CLI, at package time: a fresh
 * {@code function.jar invoke} reads the fixture model from an S3-compatible server (S3Proxy, in this JVM, on 127.0.0.1)
 * and dumps every class it loaded. Dumped from the S3 path, the archive also holds the AWS SDK's classes, the largest
 * part of a cold start with the model in S3; the disk path loads almost nothing the S3 path does not.
 *
 * <p>Arguments: the function jar, the model store to serve, the event, the archive to write.
 */
public final class AppCdsArchive {

    private AppCdsArchive() {}

    /**
     * The archive only speeds up the local CLI's start: when it cannot be made (no free port, a JVM without dynamic
     * archiving), the build says why and goes on without it; the CLI runs the same without the archive.
     */
    public static void main(String[] args) {
        try {
            build(args);
        } catch (Exception e) {
            System.out.println("AppCDS archive not built (the CLI works without it): " + e);
        }
    }

    private static void build(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path store = Path.of(args[1]);
        Path event = Path.of(args[2]);
        Path archive = Path.of(args[3]);
        try (InProcessS3 server = InProcessS3.start("cds")) {
            URI endpoint = server.endpoint();
            try (S3Client s3 = server.client();
                    Stream<Path> files = Files.walk(store)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String key = "models/" + store.relativize(f).toString().replace('\\', '/');
                    s3.putObject(b -> b.bucket("cds").key(key), RequestBody.fromFile(f));
                }
            }
            Files.deleteIfExists(archive);
            ProcessBuilder pb = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-XX:ArchiveClassesAtExit=" + archive,
                            "-Xlog:cds=off",
                            "-Xlog:cds+dynamic=off",
                            "-jar",
                            jar.toString(),
                            "invoke",
                            "--store",
                            "s3://cds/models",
                            "--event",
                            event.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("AWS_ENDPOINT_URL_S3", endpoint.toString());
            pb.environment().put("AWS_ACCESS_KEY_ID", InProcessS3.accessKey());
            pb.environment()
                    .put(
                            "AWS_SECRET_ACCESS_KEY",
                            InProcessS3.credentials().resolveCredentials().secretAccessKey());
            pb.environment().put("AWS_REGION", "us-east-1");
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("the archive's invoke run failed");
            }
            System.out.println("wrote " + archive + " (" + Files.size(archive) / (1 << 20) + " MB)");
        }
    }
}
