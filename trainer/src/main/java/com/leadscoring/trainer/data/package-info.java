/** Training data: labelled leads, loading them from CSV (step 1 of training), and the synthetic lead generator. */
package com.leadscoring.trainer.data;
