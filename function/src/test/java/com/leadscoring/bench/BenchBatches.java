package com.leadscoring.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Benchmark input of the batch handler, in a class of its own so benches can run against older builds too. */
final class BenchBatches {

    private BenchBatches() {}

    /** The bench leads as a Distributed Map item batch: CSV text, dd-MM-yyyy, "" = missing. */
    public static byte[] batch(int leads) {
        Random r = new Random(leads);
        StringBuilder b = new StringBuilder("{\"Items\":[");
        for (int i = 0; i < leads; i++) {
            int month = 1 + r.nextInt(9);
            int day = 10 + r.nextInt(9);
            b.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"L")
                    .append(i)
                    .append("\",\"created_at\":\"")
                    .append(day)
                    .append("-0")
                    .append(month)
                    .append("-2021\",\"campaign_var_1\":\"")
                    .append(r.nextInt(15))
                    .append("\",\"campaign_var_2\":\"")
                    .append(r.nextInt(15))
                    .append('"');
            if (r.nextBoolean()) {
                int products = 1 + r.nextInt(4);
                int signupMonth = 1 + r.nextInt(9);
                int signupDay = 20 + r.nextInt(9);
                b.append(",\"products_purchased\":\"")
                        .append(products)
                        .append("\",\"signup_date\":\"")
                        .append(signupDay)
                        .append("-0")
                        .append(signupMonth)
                        .append("-2020\"");
            } else {
                b.append(",\"products_purchased\":\"\",\"signup_date\":\"\"");
            }
            for (int k = 1; k <= 12; k++) {
                b.append(",\"user_activity_var_")
                        .append(k)
                        .append("\":\"")
                        .append(r.nextInt(3))
                        .append('"');
            }
            b.append('}');
        }
        b.append("],\"BatchInput\":{\"source\":\"s3://bench/rescore/input/leads.csv\"}}");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
