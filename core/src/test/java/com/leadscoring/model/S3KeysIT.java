package com.leadscoring.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.leadscoring.io.Locations;
import com.leadscoring.io.S3Location;
import com.leadscoring.io.S3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Keys exactly as given, per character class, on the in-process S3 server: a location's key is never URI-decoded or cut
 * at {@code #} / {@code ?}, so each write lands on the very key asked for (read back by a client of the test's own, by
 * that exact key, and listed as it), and a key S3 cannot hold is refused by name before any request.
 */
class S3KeysIT {

    @RegisterExtension
    static final S3Server s3 = S3Server.pointingClientsHere("data", "models");

    /** The keys under {@code prefix} as the server lists them. */
    static List<String> listed(String bucket, String prefix) {
        try (S3Client c = s3.client()) {
            return c.listObjectsV2(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                    .map(S3Object::key)
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "space/run 1/scores v2.csv", // spaces ("Illegal character in path" before)
                "hash/run#7/scores#v2.csv", // # (was cut off as a URI fragment)
                "query/scores.csv?x=1&y=2", // ? & = (was cut off as a URI query)
                "percent/100%25.csv", // %25 stays three characters (was decoded to %)
                "percent2/a%20b %.csv", // %20 and a lone % (was decoded, or refused)
                "plus/a+b=c;d,e@f:g$h!i'j(k)l*m~n.csv", // sub-delimiters and the rest of URI syntax
                "brackets/[a]{b}<c>|d^e`f\\g\"h.csv", // characters URIs refuse outright
                "unicode/prévision-日本-\uD83D\uDE80.csv", // non-ASCII, including a pair of surrogates
                "controls/tab\tand\nnewline.csv", // control characters XML 1.0 can carry
            })
    void everyCharacterClassIsWrittenAndReadAtExactlyItsKey(String key) throws Exception {
        String location = "s3://data/" + key;
        byte[] body = ("written to " + key).getBytes(StandardCharsets.UTF_8);
        Locations.write(location, body);

        assertArrayEquals(body, s3.get("data", key), "the object is at the exact key");
        String top = key.substring(0, key.indexOf('/') + 1);
        assertEquals(List.of(key), listed("data", top), "no other object was written");
        try (Locations.Source in = Locations.open(location)) {
            assertArrayEquals(body, in.readAllBytes(), "read back through the same location");
        }
        assertEquals(key, S3Location.parse(location).key());
        assertEquals(location, S3Location.parse(location).toString(), "the location prints as given");
    }

    @Test
    void anExistingObjectWhoseKeyLooksEncodedIsFoundAndNotConfusedWithItsDecodedTwin() throws Exception {
        try (S3Client c = s3.client()) {
            c.putObject(b -> b.bucket("data").key("twins/a%20b.json"), RequestBody.fromString("encoded"));
            c.putObject(b -> b.bucket("data").key("twins/a b.json"), RequestBody.fromString("decoded"));
            c.putObject(b -> b.bucket("data").key("twins/m#1.json"), RequestBody.fromString("hash"));
        }
        for (String[] expect : new String[][] {
            {"twins/a%20b.json", "encoded"}, {"twins/a b.json", "decoded"}, {"twins/m#1.json", "hash"}
        }) {
            try (Locations.Source in = Locations.open("s3://data/" + expect[0])) {
                assertEquals(expect[1], new String(in.readAllBytes(), StandardCharsets.UTF_8), expect[0]);
            }
        }
    }

    @Test
    void aKeyS3CannotHoldIsRefusedByNameBeforeAnyRequest() {
        String tooLong = "long/" + "é".repeat(600) + ".csv"; // 1,209 bytes of UTF-8
        IOException longKey =
                assertThrows(IOException.class, () -> Locations.write("s3://data/" + tooLong, new byte[1]));
        assertTrue(
                longKey.getMessage().contains("at most 1024 bytes of UTF-8, this one has 1209"), longKey.getMessage());

        IOException control =
                assertThrows(IOException.class, () -> Locations.write("s3://data/ctl/a\u0001b.csv", new byte[1]));
        assertTrue(control.getMessage().contains("U+0001 at character 6"), control.getMessage());
        assertTrue(control.getMessage().contains("s3://data/ctl/a\\u0001b.csv"), "the location, printable");

        IOException lone = assertThrows(IOException.class, () -> Locations.open("s3://data/x\uD800.csv"));
        assertTrue(lone.getMessage().contains("not valid Unicode"), lone.getMessage());

        IOException bucket = assertThrows(IOException.class, () -> Locations.open("s3://Data_Bucket/x.csv"));
        assertTrue(bucket.getMessage().contains("\"Data_Bucket\" is not an S3 bucket name"), bucket.getMessage());

        assertTrue(listed("data", "long/").isEmpty() && listed("data", "ctl/").isEmpty(), "nothing written");
    }

    @Test
    void aModelStoreUnderAPrefixWithSpecialCharactersLoadsFromExactlyThere() throws Exception {
        String prefix = "stores/prod #2 100%25?";
        Path store = FixtureStore.path();
        try (S3Client c = s3.client();
                Stream<Path> files = Files.walk(store)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String key = prefix + "/" + store.relativize(f).toString().replace('\\', '/');
                c.putObject(b -> b.bucket("models").key(key), RequestBody.fromFile(f));
            }
        }
        ModelStore s = ModelStores.open("s3://models/" + prefix);
        ModelBundle bundle = s.load(FixtureStore.NEWEST_VERSION);
        assertEquals(FixtureStore.NEWEST_VERSION, bundle.manifest().modelVersion());
        assertTrue(s.listVersions().size() >= 1, "listed under the exact prefix");
        assertTrue(listed("models", "stores/prod ").stream().allMatch(k -> k.startsWith(prefix + "/")));
    }
}
