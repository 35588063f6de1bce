package com.leadscoring.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.io.S3Server;
import com.leadscoring.model.FixtureStore;
import com.leadscoring.model.ModelBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The model load from S3 as X-Ray receives it: a UDP socket of this test stands in for the daemon (named the way the
 * SDK reads it), the model comes from an in-process S3 server, and the segment that arrives must hold the load's S3
 * GetObject calls, those of the store's parallel reads included.
 */
class ModelLoadTracingIT {

    @RegisterExtension
    static final S3Server s3 = S3Server.pointingClientsHere("models");

    @Test
    void theModelLoadArrivesAsASegmentWithItsS3Calls() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (DatagramSocket daemon = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            daemon.setSoTimeout(10_000);
            System.setProperty("com.amazonaws.xray.emitters.daemonAddress", "127.0.0.1:" + daemon.getLocalPort());
            try {
                Path store = FixtureStore.path();
                List<Path> files;
                try (Stream<Path> walk = Files.walk(store)) {
                    files = walk.filter(Files::isRegularFile).toList();
                }
                try (var c = s3.client()) {
                    for (Path f : files) {
                        String key = "store/" + store.relativize(f).toString().replace('\\', '/');
                        c.putObject(b -> b.bucket("models").key(key), RequestBody.fromFile(f));
                    }
                }
                ModelBundle bundle = ModelLoader.load("s3://models/store", null);

                byte[] buffer = new byte[65_536];
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                daemon.receive(packet);
                String datagram = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                String[] parts = datagram.split("\n", 2);
                assertEquals("{\"format\": \"json\", \"version\": 1}", parts[0].strip());
                JsonNode segment = json.readTree(parts[1]);
                assertEquals(
                        "lead-scoring",
                        segment.get("name").asText(),
                        "named after the function (off Lambda: the service)");
                JsonNode load = segment.at("/subsegments/0");
                assertEquals("model load", load.get("name").asText());
                assertTrue(load.get("end_time").asDouble()
                        >= load.get("start_time").asDouble());
                List<String> operations = new ArrayList<>();
                for (JsonNode sub : load.path("subsegments")) {
                    assertEquals("S3", sub.get("name").asText(), sub.toString());
                    operations.add(sub.at("/aws/operation").asText());
                }
                // latest, the manifest, then each file of the version (read in parallel on the store's own threads).
                int versionFiles = bundle.manifest().files().size();
                assertEquals(2 + versionFiles, operations.size(), operations.toString());
                assertTrue(operations.stream().allMatch("GetObject"::equals), operations.toString());
            } finally {
                System.clearProperty("com.amazonaws.xray.emitters.daemonAddress");
            }
        }
    }
}
