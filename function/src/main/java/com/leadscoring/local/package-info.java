/**
 * Local use without AWS, Docker or the sam CLI: {@code function.jar serve} (an HTTP twin of {@code sam local
 * start-api} over the same handler), {@code invoke} (like {@code sam local invoke}) and {@code score} (batch CSV).
 */
package com.leadscoring.local;
