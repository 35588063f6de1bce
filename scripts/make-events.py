#!/usr/bin/env python3
"""Writes events/*.json: API Gateway REST proxy events for `sam local invoke` and the JUnit tests.
Leads are made up here (never taken from the real data set)."""
import json, random, pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "events"
rnd = random.Random(7)

def lead(i, signup=True, products=True):
    d = {"id": f"lead-{i:05d}" if i % 3 else 10000 + i,
         "created_at": f"2021-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
         "campaign_var_1": rnd.randint(1, 15), "campaign_var_2": rnd.randint(1, 15)}
    if products:
        d["products_purchased"] = rnd.randint(1, 4)
    if signup:
        d["signup_date"] = f"{rnd.choice([2019, 2020])}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    for k in range(1, 13):
        d[f"user_activity_var_{k}"] = rnd.choice([0, 0, 0, 1, 1, 2])
    return d

def event(method, path, body=None, content_type="application/json", name=None):
    headers = {"Accept": "application/json", "Host": "abc123.execute-api.eu-west-1.amazonaws.com",
               "x-api-key": "local-test-key"}
    if content_type:
        headers["Content-Type"] = content_type
    return {
        "resource": path, "path": path, "httpMethod": method, "headers": headers,
        "multiValueHeaders": {k: [v] for k, v in headers.items()},
        "queryStringParameters": None, "pathParameters": None, "stageVariables": None,
        "requestContext": {"accountId": "123456789012", "resourcePath": path, "httpMethod": method, "stage": "v1",
                           "requestId": f"req-{name}", "identity": {"sourceIp": "127.0.0.1", "apiKey": "local-test-key"},
                           "path": "/v1" + path, "protocol": "HTTP/1.1"},
        "body": None if body is None else (body if isinstance(body, str) else json.dumps(body)),
        "isBase64Encoded": False,
    }

events = {
    "score-one": event("POST", "/v1/score", {"leads": [lead(1)]}),
    "score-batch": event("POST", "/v1/score", {"leads": [lead(i, signup=i % 4 != 0, products=i % 3 != 0) for i in range(20)]}),
    "score-explain": event("POST", "/v1/score", {"leads": [lead(i, signup=i != 1) for i in range(3)], "explain": True}),
    "model-info": event("GET", "/v1/model", content_type=None),
    "health": event("GET", "/v1/health", content_type=None),
    "invalid-lead": event("POST", "/v1/score", {"leads": [
        lead(1),
        {**lead(2), "signup_date": "2021-02-30", "campaign_var_1": -3, "user_activity_var_4": "many"},
        {**{k: v for k, v in lead(3).items() if k != "created_at"}, "campain_var_1": 2}]}),
    "malformed-json": event("POST", "/v1/score", '{"leads": [ {"id": "a", '),
    "too-many-leads": event("POST", "/v1/score", {"leads": [lead(i) for i in range(1001)]}),
    "unknown-path": event("GET", "/v1/scores", content_type=None),
    "wrong-method": event("GET", "/v1/score", content_type=None),
    "wrong-content-type": event("POST", "/v1/score", "leads=1", content_type="application/x-www-form-urlencoded"),
}
for name, e in events.items():
    e["requestContext"]["requestId"] = f"req-{name}"
    (OUT / f"{name}.json").write_text(json.dumps(e, indent=2) + "\n")
print(f"wrote {len(events)} events to {OUT}")

# Step Functions Distributed Map item batches for the batch function (BatchScoreHandler): what the runtime sends for a
# lead CSV read with ItemReader (InputType CSV, header in the first row) and an ItemBatcher. Every value is the CSV
# cell's text, "" for an empty cell; both date formats of the data set occur. Own random stream, so the API events
# above stay byte-identical.
brnd = random.Random(11)

def csv_date(y, m, d, iso):
    return f"{y}-{m:02d}-{d:02d}" if iso else f"{d:02d}-{m:02d}-{y}"

def item(i, signup=True, products=True):
    d = {"id": str(5000 + i),
         "created_at": csv_date(2021, brnd.randint(1, 12), brnd.randint(1, 28), i % 2 == 0),
         "campaign_var_1": str(brnd.randint(1, 15)), "campaign_var_2": str(brnd.randint(1, 15)),
         "products_purchased": str(brnd.randint(1, 4)) if products else "",
         "signup_date": csv_date(brnd.choice([2019, 2020]), brnd.randint(1, 12), brnd.randint(1, 28), i % 3 == 0)
         if signup else ""}
    for k in range(1, 13):
        d[f"user_activity_var_{k}"] = str(brnd.choice([0, 0, 0, 1, 1, 2]))
    return d

batch_input = {"bucket": "lead-scoring-data-123456789012", "key": "rescore/input/crm-export.csv"}
batches = {
    "batch-good": {"Items": [item(i, signup=i % 4 != 0, products=i % 3 != 0) for i in range(25)], "BatchInput": batch_input},
    "batch-bad-rows": {"Items": [
        item(0),
        {**item(1), "created_at": "31-02-2021", "campaign_var_1": "-3"},          # impossible date, negative
        {**item(2), "user_activity_var_4": "many", "products_purchased": "7"},    # not a number, out of range
        item(3, signup=False, products=False),                                    # good: empty cells are missing
        {**item(4), "id": ""},                                                    # no id
        {**item(5), "signup_date": "2020/01/01"},                                 # unknown date format
        {**item(6), "buy": "1", "campaign_var_2": " 4 "},                         # good: extra column ignored
        {**item(7), "campaign_var_2": ""},                                        # a required value is empty
    ], "BatchInput": batch_input},
    "batch-empty": {"Items": [], "BatchInput": batch_input},
}
for name, b in batches.items():
    (OUT / f"{name}.json").write_text(json.dumps(b, indent=2) + "\n")
print(f"wrote {len(batches)} Distributed Map batches to {OUT}")
