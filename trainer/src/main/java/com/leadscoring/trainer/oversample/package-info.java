/**
 * SMOTE (Chawla et al. 2002) on Tribuo's k-nearest-neighbour search. Tribuo has no SMOTE; this is the small part
 * on top. Applied to the fitting rows only, after the split, so no synthetic point is built from a validation lead.
 */
package com.leadscoring.trainer.oversample;
