package com.leadscoring.trainer.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Versions of the libraries a model was made with, read from the jars' Maven metadata, for the manifest. */
public final class LibraryVersions {

    private static final String[][] LIBRARIES = {
        {"tribuo", "org.tribuo", "tribuo-core"},
        {"onnxruntime", "com.microsoft.onnxruntime", "onnxruntime"},
        {"aws-sdk", "software.amazon.awssdk", "s3"},
        {"jackson", "com.fasterxml.jackson.core", "jackson-databind"},
    };

    private LibraryVersions() {}

    public static Map<String, String> current() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("java", System.getProperty("java.version"));
        v.put("trainer", String.valueOf(LibraryVersions.class.getPackage().getImplementationVersion()));
        for (String[] lib : LIBRARIES) {
            v.put(lib[0], read(lib[1], lib[2]));
        }
        return v;
    }

    private static String read(String group, String artifact) {
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = LibraryVersions.class.getResourceAsStream(path)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
