package com.leadscoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class InvokeBatchCommandTest {

    @Test
    void runsTheBatchHandlerOnABatchFile() throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = FunctionMain.run(
                    "invoke-batch", "--store", FunctionMainTest.STORE, "--event", "../events/batch-bad-rows.json");
        } finally {
            System.setOut(stdout);
        }
        assertEquals(0, code);
        String text = captured.toString(StandardCharsets.UTF_8);
        JsonNode answer = new ObjectMapper().readTree(text.substring(text.indexOf("{\n")));
        JsonNode items = new ObjectMapper()
                .readTree(new File("../events/batch-bad-rows.json"))
                .get("Items");
        assertEquals(items.size(), answer.get("scores").size());
        assertEquals("signup_date", answer.at("/scores/5/errors/0/field").asText());
        assertEquals(
                1,
                FunctionMain.run(
                        "invoke-batch", "--store", FunctionMainTest.STORE, "--event", "../events/score-one.json"),
                "an API event is not a batch: exit 1 with one line on stderr");
    }
}
