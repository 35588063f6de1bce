"""The generated Python client (pydantic 2) against `function.jar serve`: scores events/score-batch.json with reasons,
reads the model and health, a trend and a percentile, and a 400 problem as the client's typed error.
Usage: roundtrip.py BASE_URL EVENTS_DIR MODEL_VERSION (the generated package on PYTHONPATH)."""
import json
import pathlib
import sys

import leadscoring_client as c
from leadscoring_client.exceptions import BadRequestException

base, events, version = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
api = c.ApiClient(c.Configuration(host=base, api_key={"ApiKey": "local-test-key"}))
scoring, operations = c.ScoringApi(api), c.OperationsApi(api)

request = c.ScoreRequest.from_json(json.loads((events / "score-batch.json").read_text())["body"])
request.explain = True
answer = scoring.score_leads(request)
assert answer.model.version == version, answer.model
assert len(answer.scores) == len(request.leads) > 1, answer
for lead, s in zip(request.leads, answer.scores):
    assert s.id.actual_instance == lead.id.actual_instance, (s.id, lead.id)
    assert 0 <= s.probability <= 1 and s.score == round(100 * s.probability), s
    assert s.factors is not None and all(f.label for f in s.factors), s

model = operations.get_model()
assert model.version == version and model.grade_bands, model
health = operations.get_health()
assert health.status == "ok" and health.model == version, health

fields = {"id": 7, "created_at": "2021-05-04", "campaign_var_1": 3, "campaign_var_2": 4, "products_purchased": None,
          "signup_date": "2020-11-02", "previous_score": 100}
fields.update({f"user_activity_var_{i}": 0 for i in range(1, 13)})  # a quiet lead: far below its previous 100
s = scoring.score_leads(c.ScoreRequest(leads=[c.Lead.from_dict(fields)])).scores[0]
assert s.trend == (c.Trend.DECLINING if s.score <= 95 else c.Trend.STEADY), s
assert s.percentile is not None and 0 <= s.percentile <= 100 and round(s.percentile, 1) == s.percentile, s

# Out of range: built past the client's own validation (model_construct), as a caller with an older client would send
# it, so that the server's 400 is what the client reads.
bad = c.Lead.model_construct(**{**c.Lead.from_dict(fields).__dict__, "campaign_var_1": 1200})
try:
    scoring.score_leads(c.ScoreRequest.model_construct(leads=[bad]))
    raise AssertionError("a bad lead was scored")
except BadRequestException as error:
    e = error
    problem = c.Problem.from_json(e.body)
    assert e.status == 400 and problem.status == 400, problem
    assert problem.errors[0].pointer == "/leads/0/campaign_var_1", problem
print(f"python client: {len(answer.scores)} leads scored and explained, model, health, trend {s.trend.value}, "
      f"percentile {s.percentile}, 400 as {type(e).__name__} with its problem")
