// The generated TypeScript client (typescript-fetch) against `function.jar serve`: scores events/score-batch.json with
// reasons, reads the model and health, a trend and a percentile, and a 400 problem as the client's typed error.
// Usage (after tsc): node roundtrip.js BASE_URL EVENTS_DIR MODEL_VERSION
import {
  Configuration,
  Lead,
  OperationsApi,
  ProblemFromJSON,
  ResponseError,
  ScoreRequestFromJSON,
  ScoringApi,
  Trend,
} from "./client";

// Node's own modules, declared here rather than through @types/node: one npm package (typescript) is all CI installs.
declare const process: { argv: string[]; exit(code: number): never };
declare function require(name: "fs"): { readFileSync(path: string, encoding: "utf8"): string };
const { readFileSync } = require("fs");

function check(ok: boolean, what: unknown): void {
  if (!ok) {
    throw new Error("round trip failed: " + JSON.stringify(what));
  }
}

async function main(base: string, events: string, version: string): Promise<void> {
  const config = new Configuration({ basePath: base, apiKey: "local-test-key" });
  const scoring = new ScoringApi(config);
  const operations = new OperationsApi(config);

  const event = JSON.parse(readFileSync(events + "/score-batch.json", "utf8"));
  const request = ScoreRequestFromJSON(JSON.parse(event.body));
  request.explain = true;
  const answer = await scoring.scoreLeads({ scoreRequest: request });
  check(answer.model.version === version, answer.model);
  check(answer.scores.length === request.leads.length && request.leads.length > 1, answer.scores.length);
  answer.scores.forEach((s, i) => {
    check(s.id === request.leads[i].id, [s.id, request.leads[i].id]);
    check(s.probability >= 0 && s.probability <= 1 && s.score === Math.round(100 * s.probability), s);
    check(Array.isArray(s.factors) && s.factors.every((f) => f.label.length > 0), s);
  });

  const model = await operations.getModel();
  check(model.version === version && model.gradeBands.length > 0, model.version);
  const health = await operations.getHealth();
  check(health.status === "ok" && health.model === version, health);

  const lead: Lead = {
    id: 7, createdAt: new Date("2021-05-04"), campaignVar1: 3, campaignVar2: 4, productsPurchased: null,
    signupDate: new Date("2020-11-02"), previousScore: 100,
    // A quiet lead: far below its previous 100.
    userActivityVar1: 0, userActivityVar2: 0, userActivityVar3: 0, userActivityVar4: 0, userActivityVar5: 0,
    userActivityVar6: 0, userActivityVar7: 0, userActivityVar8: 0, userActivityVar9: 0, userActivityVar10: 0,
    userActivityVar11: 0, userActivityVar12: 0,
  };
  const s = (await scoring.scoreLeads({ scoreRequest: { leads: [lead] } })).scores[0];
  check(s.trend === (s.score <= 95 ? Trend.Declining : Trend.Steady), s);
  check(s.percentile !== undefined && s.percentile >= 0 && s.percentile <= 100, s);
  check(Math.round(s.percentile! * 10) / 10 === s.percentile, s);

  try {
    await scoring.scoreLeads({ scoreRequest: { leads: [{ ...lead, campaignVar1: 1200 }] } });
    check(false, "a bad lead was scored");
  } catch (e) {
    check(e instanceof ResponseError, String(e));
    const problem = ProblemFromJSON(await (e as ResponseError).response.json());
    check((e as ResponseError).response.status === 400 && problem.status === 400, problem);
    check(problem.errors![0].pointer === "/leads/0/campaign_var_1", problem);
  }
  console.log(`typescript client: ${answer.scores.length} leads scored and explained, model, health, `
    + `trend ${s.trend}, percentile ${s.percentile}, 400 as ResponseError with its problem`);
}

main(process.argv[2], process.argv[3], process.argv[4]).catch((e) => {
  console.error(e);
  process.exit(1);
});
