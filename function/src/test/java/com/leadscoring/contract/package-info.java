/**
 * The API's contract, infra/openapi.yaml, checked against what the handlers really answer, with a third-party OpenAPI
 * validator (Atlassian's openapi-request-validator over networknt's JSON Schema validator).
 */
package com.leadscoring.contract;
