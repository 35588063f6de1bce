/**
 * Local use without AWS, Docker or the sam CLI: {@code function.jar serve} (an HTTP twin of {@code sam local start-api}
 * over the same handler, plus the playground page, the contract and its Swagger UI, which exist only here),
 * {@code invoke} (like {@code sam local invoke}) and {@code score} (batch CSV).
 */
package com.leadscoring.local;
