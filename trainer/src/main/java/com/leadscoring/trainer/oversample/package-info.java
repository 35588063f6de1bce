/**
 * SMOTE (Chawla et al. 2002) on Tribuo's k-nearest-neighbour search. Tribuo has no SMOTE; this is the small part on
 * top. Applied inside each fold to its fitting rows only, so no synthetic point is built from a held-out or tuning
 * lead; {@link com.leadscoring.trainer.oversample.SmoteMode} says whether a fit is oversampled.
 */
package com.leadscoring.trainer.oversample;
