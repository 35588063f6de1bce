package com.leadscoring.infra;

import static com.leadscoring.infra.TemplateTest.TEMPLATE;
import static com.leadscoring.infra.TemplateTest.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadscoring.capture.CaptureFiles;
import com.leadscoring.capture.CaptureJson;
import com.leadscoring.capture.CaptureRecord;
import com.leadscoring.capture.CaptureSource;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadField;
import com.leadscoring.outcome.OutcomeCsvReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 31's promises on the captured data in infra/template.yaml: who may read and change it (the data bucket's policy
 * against the roles' own policies), the Glue tables Athena reads it through (columns derived from the capture record
 * the code writes and the outcomes columns the code reads), and the scheduled retraining's dataset step.
 */
class CapturedDataTemplateTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A statement of a policy, with the condition it exists under (null: always). */
    record Grant(String role, String condition, JsonNode statement) {}

    /**
     * Every Allow statement of every role the template creates: IAM roles by their logical id, a SAM function's by
     * {@code <function>Role} (the role SAM generates). A statement wrapped in {@code Fn::If} keeps its condition.
     */
    static List<Grant> grants() {
        List<Grant> out = new ArrayList<>();
        TEMPLATE.get("Resources").fields().forEachRemaining(e -> {
            String type = e.getValue().path("Type").asText();
            String role;
            if (type.equals("AWS::IAM::Role")) {
                role = e.getKey();
            } else if (type.equals("AWS::Serverless::Function")) {
                role = e.getKey() + "Role";
            } else {
                return;
            }
            for (JsonNode policy : e.getValue().at("/Properties/Policies")) {
                JsonNode doc = policy.has("PolicyDocument") ? policy.get("PolicyDocument") : policy;
                for (JsonNode st : doc.path("Statement")) {
                    if (st.has("Fn::If")) {
                        out.add(new Grant(role, st.at("/Fn::If/0").asText(), st.at("/Fn::If/1")));
                    } else if (st.isObject()) {
                        out.add(new Grant(role, null, st));
                    }
                }
            }
        });
        return out;
    }

    static boolean allows(JsonNode statement, String action, String resourcePart) {
        return "Allow".equals(statement.path("Effect").asText())
                && statement.path("Action").toString().contains("\"" + action + "\"")
                && statement.path("Resource").toString().contains(resourcePart);
    }

    /**
     * The roles whose own policy allows {@code action} on a resource containing {@code resourcePart}: role → its
     * condition.
     */
    static Map<String, String> rolesAllowed(String action, String resourcePart) {
        Map<String, String> roles = new TreeMap<>();
        for (Grant g : grants()) {
            if (allows(g.statement(), action, resourcePart)) {
                roles.put(g.role(), g.condition() == null ? "" : g.condition());
            }
        }
        return roles;
    }

    static JsonNode bucketStatement(String sid) {
        for (JsonNode st : named("DataBucketPolicy").at("/Properties/PolicyDocument/Statement")) {
            if (sid.equals(st.path("Sid").asText())) {
                return st;
            }
        }
        throw new AssertionError("no statement " + sid + " in DataBucketPolicy");
    }

    /**
     * The principals a Deny statement exempts, as role → the condition it is exempt under ("" always), plus
     * {@code CaptureAdminRoleArn} when the parameter is exempt.
     */
    static Map<String, String> exempt(JsonNode deny) {
        assertEquals("Deny", deny.get("Effect").asText());
        assertEquals("\"*\"", deny.get("Principal").toString(), "every principal, no NotPrincipal");
        assertFalse(deny.has("NotPrincipal"));
        JsonNode arns = deny.at("/Condition/ArnNotEquals/aws:PrincipalArn");
        assertTrue(arns.isArray(), deny.toString());
        Map<String, String> out = new TreeMap<>();
        for (JsonNode arn : arns) {
            String condition = "";
            JsonNode value = arn;
            if (arn.has("Fn::If")) {
                condition = arn.at("/Fn::If/0").asText();
                value = arn.at("/Fn::If/1");
                assertEquals("AWS::NoValue", arn.at("/Fn::If/2/Ref").asText(), "absent when its condition is false");
            }
            if (value.has("Fn::GetAtt")) {
                assertEquals("Arn", value.at("/Fn::GetAtt/1").asText());
                out.put(value.at("/Fn::GetAtt/0").asText(), condition);
            } else {
                out.put(value.at("/Ref").asText(), condition);
            }
        }
        return out;
    }

    static List<String> resources(JsonNode statement) {
        List<String> out = new ArrayList<>();
        statement.get("Resource").forEach(r -> out.add(r.at("/Fn::Sub").asText()));
        return out;
    }

    @Test
    void capturedLeadsCanBeReadOnlyByTheRolesWhosePoliciesReadThemAndTheAdminRole() {
        JsonNode read = bucketStatement("DenyReadingCapturedLeadsToOtherPrincipals");
        assertEquals(
                "[\"s3:GetObject\",\"s3:GetObjectVersion\"]", read.get("Action").toString());
        assertEquals(
                List.of(
                        "${DataBucket.Arn}/captures/*",
                        "${DataBucket.Arn}/capture-errors/*",
                        "${DataBucket.Arn}/outcomes/*",
                        "${DataBucket.Arn}/datasets/*"),
                resources(read));
        // Exactly the roles whose own policies read captures, under the same conditions, and the admin role.
        Map<String, String> readers = rolesAllowed("s3:GetObject", "/captures/*");
        assertEquals(Map.of("EvaluationFunctionRole", "", "TrainerTaskRole", "RetrainingFromCaptures"), readers);
        Map<String, String> expected = new TreeMap<>(readers);
        expected.put("CaptureAdminRoleArn", "HasCaptureAdminRole");
        assertEquals(expected, exempt(read));
        // Outcomes: the same readers; the captured training set: only the task that writes it (the bucket policy is
        // the ceiling; the evaluation function's own policy does not reach datasets/).
        Map<String, String> outcomeReaders = new TreeMap<>(rolesAllowed("s3:GetObject", "/outcomes/*"));
        outcomeReaders.putAll(rolesAllowed("s3:GetObject", "${RetrainingOutcomesKey}"));
        assertEquals(readers, outcomeReaders);
        assertEquals(
                Set.of("TrainerTaskRole"),
                rolesAllowed("s3:GetObject", "/datasets/").keySet());
        assertTrue(
                rolesAllowed("s3:GetObject", "/capture-errors/").isEmpty(), "no role reads Firehose's failed records");
    }

    @Test
    void capturedLeadsCanBeWrittenOnlyByFirehoseAndTheRetrainingTask() {
        JsonNode write = bucketStatement("DenyWritingCapturedLeadsToOtherPrincipals");
        assertEquals(
                "[\"s3:PutObject\",\"s3:DeleteObject\",\"s3:DeleteObjectVersion\"]",
                write.get("Action").toString());
        assertEquals(
                List.of(
                        "${DataBucket.Arn}/captures/*",
                        "${DataBucket.Arn}/capture-errors/*",
                        "${DataBucket.Arn}/datasets/*"),
                resources(write));
        Map<String, String> writers = new TreeMap<>(rolesAllowed("s3:PutObject", "/captures/*"));
        writers.putAll(rolesAllowed("s3:PutObject", "/datasets/"));
        assertEquals(Map.of("CaptureDeliveryRole", "", "TrainerTaskRole", "RetrainingFromCaptures"), writers);
        Map<String, String> expected = new TreeMap<>(writers);
        expected.put("CaptureAdminRoleArn", "HasCaptureAdminRole");
        assertEquals(expected, exempt(write));
        assertTrue(rolesAllowed("s3:DeleteObject", "/captures/").isEmpty(), "only lifecycle and the admin delete");
        // The admin role is optional and a role ARN.
        JsonNode admin = TEMPLATE.at("/Parameters/CaptureAdminRoleArn");
        assertEquals("", admin.get("Default").asText());
        assertTrue("arn:aws:iam::123456789012:role/break-glass"
                .matches(admin.get("AllowedPattern").asText()));
        assertFalse("arn:aws:iam::123456789012:user/someone"
                .matches(admin.get("AllowedPattern").asText()));
    }

    /** The Glue type of a value as {@link CaptureJson} writes it. */
    static String glueType(JsonNode value) {
        if (value.isTextual()) {
            return "string";
        }
        if (value.isInt()) {
            return "int";
        }
        if (value.isDouble()) {
            return "double";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        throw new AssertionError("no Glue type for " + value.getNodeType());
    }

    /** The lead as a Glue struct: each field by its name, dates as date (yyyy-MM-dd), numbers as int. */
    static String leadStruct() {
        List<String> fields = new ArrayList<>();
        for (LeadField f : LeadField.values()) {
            String type = switch (f.kind()) {
                case ID -> "string";
                case DATE -> "date";
                case INTEGER -> "int";
            };
            fields.add(f.fieldName() + ":" + type);
        }
        return "struct<" + String.join(",", fields) + ">";
    }

    @Test
    void theCapturesTableHasTheColumnsOfTheCaptureRecordTheCodeWrites() throws Exception {
        Lead lead = new Lead(
                "17",
                LocalDate.of(2026, 11, 2),
                1,
                2,
                3,
                LocalDate.of(2026, 11, 1),
                IntStream.rangeClosed(1, 12).toArray());
        CaptureRecord record = new CaptureRecord(
                "sc-1",
                "20261201T000000Z-abc",
                Instant.parse("2026-12-07T10:00:00.123Z"),
                CaptureSource.API,
                lead,
                0.83,
                83,
                "A",
                true,
                97.5);
        JsonNode line = JSON.readTree(CaptureJson.line(record));
        // The JSON SerDe matches keys case-insensitively; Glue keeps column names in lower case.
        Map<String, String> expected = new LinkedHashMap<>();
        line.fields()
                .forEachRemaining(e -> expected.put(
                        e.getKey().toLowerCase(Locale.ROOT),
                        e.getValue().isObject() ? leadStruct() : glueType(e.getValue())));
        // The lead object's own keys are the fields the struct names (writeApiLead writes every one that is set).
        List<String> leadKeys = new ArrayList<>();
        line.get("lead").fieldNames().forEachRemaining(leadKeys::add);
        assertEquals(Arrays.stream(LeadField.values()).map(LeadField::fieldName).toList(), leadKeys);

        JsonNode table = named("CapturesTable").at("/Properties/TableInput");
        Map<String, String> columns = new LinkedHashMap<>();
        table.at("/StorageDescriptor/Columns")
                .forEach(c -> columns.put(c.get("Name").asText(), c.get("Type").asText()));
        assertEquals(expected, columns);

        assertEquals(
                "CaptureDatabase",
                named("CapturesTable").at("/Properties/DatabaseName/Ref").asText());
        assertEquals(
                "org.openx.data.jsonserde.JsonSerDe",
                table.at("/StorageDescriptor/SerdeInfo/SerializationLibrary").asText());
        assertEquals(
                "s3://${Bucket}/captures/",
                table.at("/StorageDescriptor/Location/Fn::Sub/0").asText());
        // Partition projection on dt, the folder CaptureFiles and Firehose write, over the days the retention keeps.
        JsonNode p = table.get("Parameters");
        assertEquals(
                "[{\"Name\":\"dt\",\"Type\":\"string\",\"Comment\":"
                        + table.at("/PartitionKeys/0/Comment").toString() + "}]",
                table.get("PartitionKeys").toString());
        assertEquals("true", p.get("projection.enabled").asText());
        assertEquals("date", p.get("projection.dt.type").asText());
        assertEquals(
                "NOW-${CaptureRetentionDays}DAYS,NOW",
                p.at("/projection.dt.range/Fn::Sub").asText());
        String template = p.at("/storage.location.template/Fn::Sub/0").asText();
        assertEquals("s3://${Bucket}/captures/dt=${!dt}/", template);
        LocalDate day = LocalDate.of(2026, 12, 7);
        String projected = "dt="
                + DateTimeFormatter.ofPattern(p.get("projection.dt.format").asText())
                        .format(day);
        assertEquals(CaptureFiles.partition(day), projected, "the projected folder is the one the code writes");
        JsonNode firehose = named("CaptureDeliveryStream").at("/Properties/ExtendedS3DestinationConfiguration");
        assertEquals(
                "captures/dt=!{timestamp:yyyy-MM-dd}/", firehose.get("Prefix").asText());
        assertEquals(
                "!{timestamp:" + p.get("projection.dt.format").asText() + "}",
                firehose.get("Prefix").asText().replaceAll("^captures/dt=|/$", ""));
        assertEquals(
                firehose.get("CompressionFormat").asText().toLowerCase(Locale.ROOT),
                p.get("compressionType").asText());
    }

    @Test
    void theOutcomesTableReadsTheOutcomesColumnsWithTheHeaderSkipped() {
        JsonNode table = named("OutcomesTable").at("/Properties/TableInput");
        List<String> names = new ArrayList<>();
        table.at("/StorageDescriptor/Columns").forEach(c -> {
            names.add(c.get("Name").asText());
            assertEquals("string", c.get("Type").asText(), "CSV cells as text; SQL casts them");
        });
        assertEquals(OutcomeCsvReader.READ, names);
        assertEquals("1", table.at("/Parameters/skip.header.line.count").asText());
        assertEquals(
                "org.apache.hadoop.hive.serde2.OpenCSVSerde",
                table.at("/StorageDescriptor/SerdeInfo/SerializationLibrary").asText());
        assertEquals(
                "s3://${Bucket}/outcomes/",
                table.at("/StorageDescriptor/Location/Fn::Sub/0").asText());
        assertEquals(
                "GlueDatabaseName",
                named("CaptureDatabase")
                        .at("/Properties/DatabaseInput/Name/Ref")
                        .asText());
    }

    static List<String> command(JsonNode container) {
        List<String> out = new ArrayList<>();
        container.get("Command").forEach(a -> out.add(a.toString()));
        return out;
    }

    @Test
    void theScheduledRetrainingCanTrainOnTheCapturedLeadsAloneOrBesideTheTrainingCsv() throws Exception {
        JsonNode data = TEMPLATE.at("/Parameters/RetrainingData");
        assertEquals("training-csv", data.get("Default").asText(), "unchanged for a stack that does not ask");
        assertEquals(
                "[\"training-csv\",\"captured\",\"captured-and-training-csv\"]",
                data.get("AllowedValues").toString());
        assertTrue(TemplateTest.implies("RetrainingFromCaptures", "RetrainingEnabled"));
        assertTrue(TemplateTest.implies("RetrainingFromTrainingCsv", "RetrainingEnabled"));

        JsonNode containers = named("TrainerTaskDefinition").at("/Properties/ContainerDefinitions");
        JsonNode trainer = containers.get(0);
        JsonNode wrapped = containers.get(1).get("Fn::If");
        assertEquals("RetrainingFromCaptures", wrapped.get(0).asText());
        JsonNode dataset = wrapped.get(1);
        assertEquals("dataset", dataset.get("Name").asText());
        assertFalse(dataset.get("Essential").asBoolean(), "its exit ends the step, not the task");
        assertEquals(trainer.get("Image"), dataset.get("Image"), "the same trainer image");
        List<String> ds = command(dataset);
        assertEquals("\"dataset\"", ds.get(0));
        assertTrue(ds.get(ds.indexOf("\"--captures\"") + 1).contains("s3://${Bucket}/captures\""), ds.toString());
        assertTrue(ds.get(ds.indexOf("\"--outcomes\"") + 1).contains("${RetrainingOutcomesKey}"), ds.toString());
        String out = ds.get(ds.indexOf("\"--out\"") + 1);
        assertTrue(out.contains("s3://${Bucket}/datasets/retraining/"), out);

        // The trainer starts only after the dataset step succeeded, and trains on its --out (last, so captured rows
        // win) and, when asked, the training CSV.
        assertEquals(
                "[\"RetrainingFromCaptures\",[{\"ContainerName\":\"dataset\",\"Condition\":\"SUCCESS\"}],"
                        + "{\"Ref\":\"AWS::NoValue\"}]",
                trainer.at("/DependsOn/Fn::If").toString());
        JsonNode args = trainer.get("Command");
        List<String> dataArgs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).toString().contains("\"--data\"")) {
                JsonNode flag = args.get(i).get("Fn::If");
                JsonNode value = args.get(i + 1).get("Fn::If");
                assertEquals(flag.get(0), value.get(0), "flag and value under one condition");
                dataArgs.add(flag.get(0).asText() + " " + value.get(1).toString());
            }
        }
        assertEquals(2, dataArgs.size(), dataArgs.toString());
        assertTrue(
                dataArgs.get(0).startsWith("RetrainingFromTrainingCsv ")
                        && dataArgs.get(0).contains("${TrainingDataKey}"),
                dataArgs.toString());
        assertEquals("RetrainingFromCaptures " + out, dataArgs.get(1));
        assertTrue(args.toString().contains("\"--promote\",\"auto\""), "through the promotion gate");

        // What the dataset step needs, only when it runs: captures (read, list), the one outcomes object, the set.
        Map<String, String> grants = new TreeMap<>();
        for (Grant g : grants()) {
            if (g.role().equals("TrainerTaskRole")) {
                grants.put(g.statement().path("Sid").asText(), g.condition() == null ? "" : g.condition());
            }
        }
        assertEquals(
                Map.of(
                        "ReadTheTrainingDataObject", "RetrainingFromTrainingCsv",
                        "ReadCapturesAndTheOutcomesObject", "RetrainingFromCaptures",
                        "ListCaptures", "RetrainingFromCaptures",
                        "ReadWriteTheCapturedTrainingSet", "RetrainingFromCaptures",
                        "ReadWriteTheModelPrefix", "",
                        "ListTheModelPrefix", ""),
                grants);
        assertTrue(
                TEMPLATE.at("/Parameters/RetrainingOutcomesKey/AllowedPattern")
                        .asText()
                        .startsWith("^outcomes/"),
                "an upload there also runs the evaluation");
        // Captured training sets hold leads' fields: expired with the captures' retention.
        assertTrue(named("DataBucket")
                .at("/Properties/LifecycleConfiguration/Rules")
                .toString()
                .contains("{\"Id\":\"expire-captured-training-sets\",\"Status\":\"Enabled\",\"Prefix\":\"datasets/\","
                        + "\"ExpirationInDays\":{\"Ref\":\"CaptureRetentionDays\"}"));
    }

    @Test
    void everyNewParameterIsDocumentedInTheInfraReadme() throws Exception {
        String readme = Files.readString(Path.of("..", "infra", "README.md"));
        for (String param :
                List.of("CaptureAdminRoleArn", "GlueDatabaseName", "RetrainingData", "RetrainingOutcomesKey")) {
            assertFalse(TEMPLATE.at("/Parameters").path(param).isMissingNode(), param);
            assertTrue(readme.contains("`" + param + "`"), param + " in infra/README.md");
        }
        for (String resource : List.of("CaptureDatabase", "CapturesTable", "OutcomesTable")) {
            assertTrue(readme.contains("`" + resource + "`"), resource + " in infra/README.md");
        }
    }
}
